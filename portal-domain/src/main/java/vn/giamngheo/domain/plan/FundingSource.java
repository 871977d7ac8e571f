package vn.giamngheo.domain.plan;

/** Where money for an activity comes from. */
public enum FundingSource {
  /** Ngân sách trung ương. */
  CENTRAL,
  /** Vốn đối ứng ngân sách địa phương. */
  LOCAL,
  /** Nguồn huy động hợp pháp. */
  MOBILISED,
  /** Vốn tín dụng. */
  CREDIT,
  /** Đóng góp của người hưởng lợi. */
  BENEFICIARY
}
