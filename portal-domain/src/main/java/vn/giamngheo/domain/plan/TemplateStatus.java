package vn.giamngheo.domain.plan;

/** A template version is edited as a draft, then published; a published version never changes. */
public enum TemplateStatus {
  DRAFT,
  PUBLISHED
}
