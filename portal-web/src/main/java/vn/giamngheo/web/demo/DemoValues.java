package vn.giamngheo.web.demo;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import vn.giamngheo.domain.program.Program;
import vn.giamngheo.domain.report.Period;
import vn.giamngheo.domain.report.Report;
import vn.giamngheo.domain.report.ReportValue;
import vn.giamngheo.tenancy.unit.AdminUnit;

/**
 * Plausible figures for a demo commune's quarterly report, the same every time for the same
 * commune: its households, poor and near-poor households and rate, and the quarter's results.
 */
final class DemoValues {
  private DemoValues() {}

  static Map<Long, Report.Entry> of(AdminUnit commune, Period period, Program program) {
    int seed = Integer.parseInt(commune.getCode());
    long households = 1200 + seed * 37L % 1800;
    long poor = households * (3 + seed * 13L % 12) / 100;
    long nearPoor = poor * (60 + seed % 40) / 100;
    long escaped = 2 + seed % 5 + (period.quarter() == 2 && seed % 2 == 0 ? 1 : 0);
    Map<String, BigDecimal> values = new HashMap<>();
    values.put("HO_TONG", BigDecimal.valueOf(households));
    values.put("HO_NGHEO", BigDecimal.valueOf(poor));
    values.put("HO_CAN_NGHEO", BigDecimal.valueOf(nearPoor));
    values.put("TL_HO_NGHEO", DemoReports.percent(poor, households));
    values.put("GIAM_TL_HO_NGHEO", new BigDecimal("1.2").add(BigDecimal.valueOf(seed % 10, 1)));
    values.put("HO_THOAT_NGHEO", BigDecimal.valueOf(escaped));
    values.put("MO_HINH", BigDecimal.valueOf(1 + seed % 2));
    values.put("HO_HO_TRO_SX", BigDecimal.valueOf(8 + seed % 7));
    values.put("TRE_DINH_DUONG", BigDecimal.valueOf(10 + seed % 9));
    values.put("LD_VIEC_LAM", BigDecimal.valueOf(5 + seed % 6));
    values.put("HO_TIEP_CAN_TT", BigDecimal.valueOf(15 + seed % 11));
    values.put("HOAT_DONG_TT", BigDecimal.valueOf(2 + seed % 3));
    values.put("CB_TAP_HUAN", BigDecimal.valueOf(4 + seed % 4));
    values.put("RA_SOAT", BigDecimal.ONE);
    values.put("KP_GIAI_NGAN", BigDecimal.valueOf(150_000_000L + seed * 10_000L % 50_000_000L));
    Map<Long, Report.Entry> entries = new HashMap<>();
    values.forEach(
        (code, value) ->
            entries.put(
                DemoReports.indicator(program, code).getId(),
                new Report.Entry(value, ReportValue.ENTERED, null)));
    return entries;
  }

  static Map<String, String> narrative(AdminUnit commune, Period period) {
    return Map.of(
        "RESULTS",
        "Quý "
            + period.quarter()
            + "/"
            + period.year()
            + ", "
            + commune.getName()
            + " đã triển khai các dự án, tiểu dự án theo kế hoạch; hỗ trợ hộ nghèo, hộ cận nghèo"
            + " phát triển sản xuất và tiếp cận thông tin.",
        "SHORTCOMINGS",
        "Nguồn vốn phân bổ chậm; một số hộ chưa chủ động vươn lên thoát nghèo.",
        "PROPOSALS",
        "Đề nghị huyện sớm phân bổ vốn sự nghiệp và tập huấn cho cán bộ làm công tác giảm nghèo.");
  }
}
