package vn.giamngheo.domain.standard;

/** How a household answers a deprivation indicator: yes (1) or no (0), a count, or a measure. */
public enum AnswerKind {
  YES_NO,
  COUNT,
  NUMBER
}
