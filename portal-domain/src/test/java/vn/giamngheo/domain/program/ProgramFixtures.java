package vn.giamngheo.domain.program;

import java.util.List;

final class ProgramFixtures {
  private ProgramFixtures() {}

  static Program draft() {
    return new Program(
        1L,
        new Program.Header(
            "CTMTQG-GNBV", "Chương trình", 2021, 2025, "Quyết định 90/QĐ-TTg", "Giảm nghèo"));
  }

  static ProgramComponent.Definition component(String code, String number) {
    return new ProgramComponent.Definition(
        code, number, "Thành phần " + code, "Mục tiêu " + code, List.of("Hoạt động 1"), "Hộ nghèo");
  }
}
