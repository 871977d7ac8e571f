package vn.giamngheo.web.demo;

import java.util.List;
import vn.giamngheo.tenancy.scope.Role;

/** The demo accounts the run command prints; all share the password {@link #PASSWORD}. */
record DemoAccount(String unitCode, String username, String fullName, String jobTitle, Role role) {
  static final String PASSWORD = "demo12345";

  static final List<DemoAccount> ALL =
      List.of(
          new DemoAccount(
              "38", "admin", "Quản trị Sở LĐTBXH", "Chuyên viên Sở LĐTBXH", Role.PROVINCE_ADMIN),
          new DemoAccount(
              "390",
              "phonglaodong",
              "Cán bộ Phòng LĐTBXH",
              "Chuyên viên Phòng LĐTBXH huyện",
              Role.DISTRICT_OFFICER),
          new DemoAccount(
              "391",
              "phonglaodong",
              "Cán bộ Phòng LĐTBXH",
              "Chuyên viên Phòng LĐTBXH huyện",
              Role.DISTRICT_OFFICER),
          new DemoAccount(
              "15160", "chutich", "Chủ tịch UBND xã", "Chủ tịch UBND xã", Role.COMMUNE_LEADER),
          new DemoAccount(
              "15160",
              "vhcs",
              "Công chức Văn hóa Chính sách",
              "Công chức Văn hóa Chính sách",
              Role.COMMUNE_STAFF),
          new DemoAccount(
              "15169",
              "vhcs",
              "Công chức Văn hóa Chính sách",
              "Công chức Văn hóa Chính sách",
              Role.COMMUNE_STAFF),
          new DemoAccount(
              "15163", "chutich", "Chủ tịch UBND xã", "Chủ tịch UBND xã", Role.COMMUNE_LEADER),
          new DemoAccount(
              "15163",
              "vhcs",
              "Công chức Văn hóa Chính sách",
              "Công chức Văn hóa Chính sách",
              Role.COMMUNE_STAFF));
}
