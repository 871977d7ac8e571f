package vn.giamngheo.domain.program;

/** A program version is edited as a draft, then published; a published version never changes. */
public enum ProgramStatus {
  DRAFT,
  PUBLISHED
}
