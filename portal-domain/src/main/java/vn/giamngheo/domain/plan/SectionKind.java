package vn.giamngheo.domain.plan;

/** A plan section holds text, or is where the plan's components (projects) are laid out. */
public enum SectionKind {
  TEXT,
  COMPONENTS
}
