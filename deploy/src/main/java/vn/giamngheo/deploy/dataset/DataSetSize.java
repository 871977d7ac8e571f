package vn.giamngheo.deploy.dataset;

/**
 * How much of the province the data set holds: the first {@code districts} districts of the
 * official list with their first {@code communesPerDistrict} communes, and the years reported.
 */
public record DataSetSize(int districts, int communesPerDistrict, int firstYear, int lastYear) {
  /** Thanh Hóa as it is: 26 districts, 547 communes, the program's five years. */
  public static final DataSetSize PROVINCE =
      new DataSetSize(Integer.MAX_VALUE, Integer.MAX_VALUE, 2021, 2025);

  public DataSetSize {
    if (districts < 1 || communesPerDistrict < 1 || firstYear > lastYear) {
      throw new IllegalArgumentException("empty data set");
    }
  }
}
