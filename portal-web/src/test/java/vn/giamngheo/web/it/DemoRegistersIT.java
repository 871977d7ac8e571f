package vn.giamngheo.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.giamngheo.tenancy.scope.AccessScope;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitLevel;
import vn.giamngheo.tenancy.unit.Units;
import vn.giamngheo.web.demo.DemoRegisters;
import vn.giamngheo.web.testing.PortalDeployment;

/**
 * Inside Payara Micro: the demo's household registers of Cẩm Châu and Cẩm Tâm as the district sees
 * them — their size, the lists of 2021 and the recognised reviews of 2022–2024 with poor rates
 * falling from about 12% and 18% — each hidden from the other commune, and loaded only once.
 */
@ExtendWith(ArquillianExtension.class)
class DemoRegistersIT {
  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.war().addClasses(RegisterProbe.class, PortalDeployment.class);
  }

  @Inject TenantContext tenant;
  @Inject Units units;
  @Inject RegisterProbe probe;
  @Inject DemoRegisters registers;

  @Test
  void camChauAndCamTamHaveRegistersWithFallingPoorRates() {
    AdminUnit district = tenant.runAsSystem(() -> units.findByCode("390").orElseThrow());
    for (String code : List.of("15160", "15163")) {
      AdminUnit commune = tenant.runAsSystem(() -> units.findByCode(code).orElseThrow());
      double first = code.equals("15160") ? 12 : 18;
      double before = Double.NaN;
      for (int year = 2021; year <= 2024; year++) {
        int of = year;
        long[] counts =
            tenant.runAs(AccessScope.subtreeOf(district.getPath()), () -> probe.year(commune, of));
        assertTrue(counts[0] >= 1_450 && counts[0] <= 1_600, code + " households " + counts[0]);
        double rate = counts[1] * 100.0 / counts[0];
        if (year == 2021) {
          assertEquals(first, rate, 0.5, code + " poor rate 2021");
        } else {
          assertTrue(
              before - rate >= 1.5 && before - rate <= 2.5,
              code + " poor rate " + year + ": " + rate + " after " + before);
          assertTrue(counts[3] > counts[1] + counts[2], "the review took up more households");
        }
        assertTrue(counts[2] > 0, "near-poor households " + year);
        before = rate;
      }
      long households =
          tenant.runAs(AccessScope.subtreeOf(district.getPath()), () -> probe.households(commune));
      long members =
          tenant.runAs(AccessScope.subtreeOf(district.getPath()), () -> probe.members(commune));
      assertTrue(members > 3.4 * households && members < 4.1 * households, "members " + members);
      assertEquals(
          List.of("IMPORT"),
          tenant.runAs(
              AccessScope.subtreeOf(district.getPath()), () -> probe.sources(commune, 2021)));
      List<Object[]> reviews =
          tenant.runAs(AccessScope.subtreeOf(district.getPath()), () -> probe.reviews(commune));
      assertEquals(3, reviews.size());
      for (int i = 0; i < 3; i++) {
        Object[] review = reviews.get(i);
        assertEquals(2022 + i, ((Number) review[0]).intValue());
        assertEquals("RECOGNISED", review[1]);
        assertTrue(((String) review[2]).matches("\\d+/QĐ-UBND"), (String) review[2]);
        LocalDate recognised = ((java.sql.Date) review[3]).toLocalDate();
        assertEquals(12, recognised.getMonthValue());
        assertEquals(2022 + i, recognised.getYear());
      }
    }
  }

  @Test
  void eachCommuneSeesOnlyItsOwnRegister() {
    AdminUnit camChau = tenant.runAsSystem(() -> units.findByCode("15160").orElseThrow());
    AdminUnit camTam = tenant.runAsSystem(() -> units.findByCode("15163").orElseThrow());
    assertTrue(
        tenant.runAs(AccessScope.subtreeOf(camChau.getPath()), () -> probe.households(camChau))
            > 1_000);
    assertEquals(
        0, tenant.runAs(AccessScope.subtreeOf(camChau.getPath()), () -> probe.households(camTam)));
    List<String> villages =
        tenant.runAsSystem(() -> units.children(camTam)).stream()
            .filter(u -> u.isAt(UnitLevel.VILLAGE))
            .map(AdminUnit::getName)
            .toList();
    assertTrue(
        villages.containsAll(IntStream.rangeClosed(1, 9).mapToObj(n -> "Thôn " + n).toList()),
        "the demo's nine villages of Cẩm Tâm: " + villages);
  }

  @Test
  void loadingAgainAddsNothing() {
    AdminUnit camChau = tenant.runAsSystem(() -> units.findByCode("15160").orElseThrow());
    long before =
        tenant.runAs(AccessScope.subtreeOf(camChau.getPath()), () -> probe.households(camChau));
    for (DemoRegisters.Plan plan : DemoRegisters.PLANS) {
      assertEquals(0L, tenant.runAsSystem(() -> registers.load(plan)));
    }
    assertEquals(
        before,
        tenant.runAs(AccessScope.subtreeOf(camChau.getPath()), () -> probe.households(camChau)));
  }
}
