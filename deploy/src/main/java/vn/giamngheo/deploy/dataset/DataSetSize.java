package vn.giamngheo.deploy.dataset;

/**
 * How much of the province the data set holds: the first {@code districts} districts of the
 * official list with their first {@code communesPerDistrict} communes, the years reported, and how
 * many households each commune's register holds.
 */
public record DataSetSize(
    int districts, int communesPerDistrict, int firstYear, int lastYear, int householdsPerCommune) {
  /**
   * Thanh Hóa as it is: 26 districts, 547 communes, the program's five years, about a million
   * households.
   */
  public static final DataSetSize PROVINCE =
      new DataSetSize(Integer.MAX_VALUE, Integer.MAX_VALUE, 2021, 2025, 1_830);

  public DataSetSize {
    if (districts < 1
        || communesPerDistrict < 1
        || firstYear > lastYear
        || householdsPerCommune < 1) {
      throw new IllegalArgumentException("empty data set");
    }
  }
}
