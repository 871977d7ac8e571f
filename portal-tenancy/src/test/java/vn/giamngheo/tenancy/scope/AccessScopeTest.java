package vn.giamngheo.tenancy.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccessScopeTest {
  private static final String PROVINCE = "/1/";
  private static final String DISTRICT = "/1/27/";
  private static final String CAM_CHAU = "/1/27/400/";
  private static final String CAM_CHAU_VILLAGE = "/1/27/400/9001/";
  private static final String CAM_TAM = "/1/27/401/";
  private static final String OTHER_DISTRICT_COMMUNE = "/1/28/500/";

  @Test
  void communeSeesItselfAndItsVillagesOnly() {
    AccessScope commune = AccessScope.subtreeOf(CAM_CHAU);
    assertTrue(commune.canRead(CAM_CHAU));
    assertTrue(commune.canWrite(CAM_CHAU_VILLAGE));
    assertFalse(commune.canRead(CAM_TAM));
    assertFalse(commune.canRead(DISTRICT));
    assertFalse(commune.canWrite(CAM_TAM));
  }

  @Test
  void prefixOfAnotherIdDoesNotCount() {
    AccessScope commune = AccessScope.subtreeOf("/1/27/40/");
    assertFalse(commune.canRead(CAM_CHAU), "/1/27/40/ must not cover /1/27/400/");
  }

  @Test
  void districtSeesAllItsCommunesButNotOtherDistricts() {
    AccessScope district = AccessScope.subtreeOf(DISTRICT);
    assertTrue(district.canRead(CAM_CHAU));
    assertTrue(district.canRead(CAM_TAM));
    assertFalse(district.canRead(OTHER_DISTRICT_COMMUNE));
    assertFalse(district.canRead(PROVINCE));
  }

  @Test
  void provinceSeesEverythingBelowIt() {
    AccessScope province = AccessScope.subtreeOf(PROVINCE);
    for (String path :
        new String[] {DISTRICT, CAM_CHAU, CAM_CHAU_VILLAGE, OTHER_DISTRICT_COMMUNE}) {
      assertTrue(province.canRead(path), path);
      assertTrue(province.canWrite(path), path);
    }
    assertFalse(province.canRead("/2/"));
  }

  @Test
  void systemScopeCoversEveryProvince() {
    assertTrue(AccessScope.system().canWrite("/2/"));
    assertTrue(AccessScope.system().canWrite("/"));
    assertFalse(AccessScope.subtreeOf(PROVINCE).canWrite("/"));
  }

  @Test
  void writeScopeMustLieInsideReadScope() {
    assertThrows(IllegalArgumentException.class, () -> new AccessScope(CAM_CHAU, CAM_TAM));
    assertThrows(IllegalArgumentException.class, () -> new AccessScope(CAM_CHAU, DISTRICT));
    assertEquals(CAM_CHAU_VILLAGE, new AccessScope(CAM_CHAU, CAM_CHAU_VILLAGE).writePath());
  }

  @Test
  void pathsMustBeUnitPaths() {
    assertThrows(IllegalArgumentException.class, () -> AccessScope.subtreeOf("1/27"));
    assertThrows(IllegalArgumentException.class, () -> AccessScope.subtreeOf(""));
    assertThrows(NullPointerException.class, () -> AccessScope.subtreeOf(null));
  }

  @Test
  void eachRoleBelongsToOneLevel() {
    assertEquals("PROVINCE", Role.PROVINCE_ADMIN.levelCode());
    assertEquals("DISTRICT", Role.DISTRICT_OFFICER.levelCode());
    assertEquals("COMMUNE", Role.COMMUNE_LEADER.levelCode());
    assertEquals("COMMUNE", Role.COMMUNE_STAFF.levelCode());
  }
}
