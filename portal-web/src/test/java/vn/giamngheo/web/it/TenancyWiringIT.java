package vn.giamngheo.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.scope.AccessScope;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.ImportSummary;
import vn.giamngheo.tenancy.unit.UnitImporter;
import vn.giamngheo.tenancy.unit.Units;
import vn.giamngheo.web.testing.PortalDeployment;

/** Inside Payara Micro: the identity store, and the tenant scope reaching PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class TenancyWiringIT {
  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.war().addClasses(ScopeProbe.class, PortalDeployment.class);
  }

  @Inject IdentityStoreHandler identityStores;
  @Inject TenantContext tenant;
  @Inject Units units;
  @Inject UnitImporter importer;
  @Inject ScopeProbe probe;

  @Test
  void theIdentityStoreSignsInUnitQualifiedCallersWithTheirRole() {
    CredentialValidationResult staff = validate("15160/vhcs", PortalDeployment.PASSWORD);
    assertEquals(CredentialValidationResult.Status.VALID, staff.getStatus());
    assertEquals("15160/vhcs", staff.getCallerPrincipal().getName());
    assertEquals(Set.of("COMMUNE_STAFF"), staff.getCallerGroups());
    assertEquals(
        Set.of("COMMUNE_LEADER"),
        validate("15160/chutich", PortalDeployment.PASSWORD).getCallerGroups());
    assertEquals(
        Set.of("DISTRICT_OFFICER"),
        validate("390/phonglaodong", PortalDeployment.PASSWORD).getCallerGroups());
    assertEquals(
        CredentialValidationResult.Status.INVALID,
        validate("15163/phonglaodong", PortalDeployment.PASSWORD).getStatus(),
        "phonglaodong is an account of 390, not of 15163");
    assertEquals(
        CredentialValidationResult.Status.INVALID,
        validate("vhcs", PortalDeployment.PASSWORD).getStatus());
  }

  @Test
  void theTenantScopeReachesTheDatabaseInEveryTransaction() {
    AdminUnit camChau = units.findByCode("15160").orElseThrow();
    AdminUnit camTam = units.findByCode("15163").orElseThrow();
    AdminUnit district = units.findByCode("390").orElseThrow();

    assertEquals(
        camTam.getPath(), tenant.runAs(AccessScope.subtreeOf(camTam.getPath()), probe::readPath));
    assertEquals(
        0, tenant.runAs(AccessScope.subtreeOf(camTam.getPath()), () -> probe.accountsOf(camChau)));
    assertEquals(
        2,
        tenant.runAs(AccessScope.subtreeOf(camTam.getPath()), () -> probe.accountsOf(camTam)),
        "Cẩm Tâm's leader and staff");
    assertEquals(
        2,
        tenant.runAs(AccessScope.subtreeOf(district.getPath()), () -> probe.accountsOf(camChau)));
    assertEquals(0, probe.accountsOf(camChau), "no scope, no rows");
  }

  @Test
  void theImporterLoadsTheTwoLevelListAndIsAllOrNothing() throws Exception {
    ImportSummary summary;
    try (InputStream json = getClass().getResourceAsStream("/admin-units/vn-units-2026.json")) {
      summary =
          tenant.runAsSystem(() -> importer.importProvince(json, "01", LocalDate.of(2025, 7, 1)));
    }
    assertEquals("Thành phố Hà Nội", summary.provinceName());
    assertEquals(0, summary.districts(), "no district level after the 2025 reform");
    assertTrue(summary.communes() > 100);
    AdminUnit hanoi = units.findByCode("01").orElseThrow();
    assertTrue(units.children(hanoi).stream().allMatch(unit -> unit.isAt("COMMUNE")));

    UserFacingException outside =
        assertThrows(
            UserFacingException.class,
            () ->
                tenant.runAs(
                    AccessScope.subtreeOf(units.findByCode("38").orElseThrow().getPath()),
                    () ->
                        importer.importProvince(
                            getClass().getResourceAsStream("/admin-units/vn-units-2026.json"),
                            "01",
                            LocalDate.now())));
    assertEquals("units.import.outsideScope", outside.messageKey());
  }

  private CredentialValidationResult validate(String caller, String password) {
    return identityStores.validate(new UsernamePasswordCredential(caller, password));
  }
}
