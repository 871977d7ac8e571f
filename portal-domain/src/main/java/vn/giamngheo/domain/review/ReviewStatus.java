package vn.giamngheo.domain.review;

/** The steps of a commune's annual review, in order (Decision 24/2021/QĐ-TTg). */
public enum ReviewStatus {
  /** The list of households to review is drawn up. */
  LISTING,
  /** Each household on the list is surveyed (forms B1, B2) and classified. */
  SURVEYING,
  /** The village meetings discuss the results. */
  MEETING,
  /** The lists are posted publicly; complaints are taken and settled. */
  POSTED,
  /** The commune's leader proposed the lists to the district. */
  PROPOSED,
  /** The district recognised the lists: the review is closed. */
  RECOGNISED
}
