package vn.giamngheo.domain.program;

/** A program's component: a project (Dự án) or one of its sub-projects (Tiểu dự án). */
public enum ComponentKind {
  PROJECT,
  SUB_PROJECT
}
