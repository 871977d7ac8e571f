package vn.giamngheo.deploy.dataset;

import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.domain.program.Aggregation;
import vn.giamngheo.domain.program.ValueType;

/**
 * The data set's 40 indicators, in a fixed mix of every kind the portal consolidates: counts and
 * money that add up, rates weighed by the number of households (indicator 1), yes/no that holds
 * only if it holds everywhere.
 */
final class ProgramIndicators {
  static final int COUNT = 40;

  /** Every ten indicators: six counts, two rates, one amount of money, one yes/no. */
  private static final List<ValueType> MIX =
      List.of(
          ValueType.COUNT,
          ValueType.COUNT,
          ValueType.COUNT,
          ValueType.PERCENTAGE,
          ValueType.COUNT,
          ValueType.MONEY,
          ValueType.COUNT,
          ValueType.PERCENTAGE,
          ValueType.YES_NO,
          ValueType.COUNT);

  record Spec(
      int number, String code, String name, String measureUnit, ValueType type, Aggregation rule) {}

  private ProgramIndicators() {}

  static List<Spec> all() {
    List<Spec> specs = new ArrayList<>();
    for (int n = 1; n <= COUNT; n++) {
      ValueType type = MIX.get((n - 1) % MIX.size());
      String code = "CT%02d".formatted(n);
      specs.add(
          n == 1
              ? new Spec(n, code, "Tổng số hộ dân cư", "hộ", type, Aggregation.SUM)
              : switch (type) {
                case COUNT ->
                    new Spec(
                        n,
                        code,
                        "Số hộ được hỗ trợ (%02d)".formatted(n),
                        "hộ",
                        type,
                        Aggregation.SUM);
                case PERCENTAGE ->
                    new Spec(
                        n,
                        code,
                        "Tỷ lệ hộ đạt chuẩn (%02d)".formatted(n),
                        "%",
                        type,
                        Aggregation.WEIGHTED_AVERAGE);
                case MONEY ->
                    new Spec(
                        n,
                        code,
                        "Kinh phí giải ngân (%02d)".formatted(n),
                        "đồng",
                        type,
                        Aggregation.SUM);
                default ->
                    new Spec(
                        n,
                        code,
                        "Hoàn thành nhiệm vụ (%02d)".formatted(n),
                        "có/không",
                        type,
                        Aggregation.MIN);
              });
    }
    return specs;
  }
}
