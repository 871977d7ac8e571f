package vn.giamngheo.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.giamngheo.domain.plan.Plan;
import vn.giamngheo.domain.plan.PlanDefinitionReader;
import vn.giamngheo.domain.plan.PlanTemplateReader;
import vn.giamngheo.domain.plan.PlanTemplates;
import vn.giamngheo.domain.plan.Plans;
import vn.giamngheo.domain.plan.StaffPosition;
import vn.giamngheo.domain.program.Program;
import vn.giamngheo.domain.program.ProgramDefinitionReader;
import vn.giamngheo.domain.program.Programs;
import vn.giamngheo.domain.task.PlanTask;
import vn.giamngheo.domain.task.TaskStatus;
import vn.giamngheo.domain.task.Tasks;
import vn.giamngheo.tenancy.identity.Accounts;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitImporter;
import vn.giamngheo.tenancy.unit.Units;

/**
 * Loads the demo data when {@code portal.demo=true} (the run command sets it; production does not):
 * Thanh Hóa's units, villages of Cẩm Châu, the demo accounts, the national program 2021–2025 and
 * its plan template as the province publishes them, Cẩm Châu's 2022 implementation plan, issued,
 * the 2022 targets and reports of {@link DemoReports}, the poverty standards, and the household
 * registers of Cẩm Châu and Cẩm Tâm ({@link DemoRegisters}). Loading again adds only what is
 * missing.
 */
@Startup
@Singleton
@DependsOn("MigrateOnStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  static final String PROVINCE = "38";
  static final String UNITS_FILE = "/admin-units/vn-units-2024.json";
  static final LocalDate PROGRAM_START = LocalDate.of(2021, 1, 1);
  static final String VILLAGES_OF = "15160";
  static final List<String> VILLAGES =
      List.of("Thôn 1", "Thôn 2", "Thôn 3", "Thôn 4", "Thôn 5", "Thôn 6");
  static final String CAM_TAM = "15163";
  static final List<String> CAM_TAM_VILLAGES =
      List.of(
          "Thôn 1", "Thôn 2", "Thôn 3", "Thôn 4", "Thôn 5", "Thôn 6", "Thôn 7", "Thôn 8", "Thôn 9");

  static final String PLAN_OF = "15160";
  static final String CAM_CHAU_PLAN = "/demo/ke-hoach-cam-chau-2022.json";
  static final String CAM_CHAU_PLAN_NUMBER = "45/KH-UBND";
  static final LocalDate CAM_CHAU_PLAN_DATE = LocalDate.of(2022, 5, 16);
  static final int CAM_CHAU_LAST_YEAR = 2025;
  static final List<String> CAM_CHAU_POSITIONS =
      List.of(
          "Công chức Văn hóa Chính sách",
          "Công chức Địa chính Nông nghiệp",
          "Công chức Tài chính Kế toán",
          "Công chức Văn hóa – Xã hội",
          "Trạm y tế xã",
          "Văn phòng HĐND&UBND xã",
          "Ủy ban Mặt trận Tổ quốc xã",
          "Các thôn");

  @Inject
  @ConfigProperty(name = "portal.demo", defaultValue = "false")
  boolean enabled;

  @Inject RequestContextController requestContext;
  @Inject TenantContext tenant;
  @Inject UnitImporter importer;
  @Inject Units units;
  @Inject Accounts accounts;
  @Inject Programs programs;
  @Inject PlanTemplates templates;
  @Inject Plans plans;
  @Inject Tasks tasks;
  @Inject DemoReports demoReports;
  @Inject DemoStandards demoStandards;
  @Inject DemoRegisters demoRegisters;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void load() {
    if (!enabled) {
      return;
    }
    requestContext.activate();
    try {
      tenant.runAsSystem(
          () -> {
            loadUnits();
            loadVillages();
            loadAccounts();
            loadProgram();
            demoStandards.load();
            loadPlanTemplate();
            loadCamChauPlan();
            demoReports.load();
            loadRegisters();
            return null;
          });
    } finally {
      requestContext.deactivate();
    }
  }

  private void loadUnits() {
    if (units.findByCode(PROVINCE).isPresent()) {
      return;
    }
    try (InputStream json = DemoData.class.getResourceAsStream(UNITS_FILE)) {
      LOG.info(() -> "Demo data: " + importer.importProvince(json, PROVINCE, PROGRAM_START));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void loadVillages() {
    AdminUnit commune = units.findByCode(VILLAGES_OF).orElseThrow();
    if (units.children(commune).isEmpty()) {
      VILLAGES.forEach(name -> units.addVillage(commune, name, PROGRAM_START));
    }
    AdminUnit camTam = units.findByCode(CAM_TAM).orElseThrow();
    if (units.children(camTam).isEmpty()) {
      CAM_TAM_VILLAGES.forEach(name -> units.addVillage(camTam, name, PROGRAM_START));
    }
  }

  /** The household registers of Cẩm Châu and Cẩm Tâm with their lists of 2021–2024. */
  private void loadRegisters() {
    for (DemoRegisters.Plan plan : DemoRegisters.PLANS) {
      long start = System.nanoTime();
      long rows = demoRegisters.load(plan);
      if (rows > 0) {
        LOG.info(
            () ->
                "Demo data: register of %s, %,d rows in %d ms"
                    .formatted(plan.communeCode(), rows, (System.nanoTime() - start) / 1_000_000));
      }
    }
  }

  private void loadProgram() {
    if (!programs.visible().isEmpty()) {
      return;
    }
    AdminUnit province = units.findByCode(PROVINCE).orElseThrow();
    try (InputStream json =
        DemoData.class.getResourceAsStream(ProgramDefinitionReader.NATIONAL_PROGRAM_2021_2025)) {
      Program program =
          programs.add(province, ProgramDefinitionReader.read(province.getId(), json));
      programs.publish(program.getId());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Version 1 of the program's plan template, published: the one new plans start from. */
  private void loadPlanTemplate() {
    Program program = programs.visible().get(0);
    if (!templates.of(program.getId()).isEmpty()) {
      return;
    }
    AdminUnit province = units.findByCode(PROVINCE).orElseThrow();
    try (InputStream json =
        DemoData.class.getResourceAsStream(PlanTemplateReader.PROGRAM_2021_2025)) {
      long id =
          templates
              .add(province, PlanTemplateReader.read(province.getId(), program.getId(), json))
              .getId();
      templates.publish(id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Cẩm Châu's 2022 plan as the commune issued it, entered from the document. */
  private void loadCamChauPlan() {
    AdminUnit camChau = units.findByCode(PLAN_OF).orElseThrow();
    if (!plans.of(camChau).isEmpty()) {
      return;
    }
    Map<String, StaffPosition> positions = new HashMap<>();
    for (String name : CAM_CHAU_POSITIONS) {
      positions.put(name, plans.addPosition(camChau, name));
    }
    Program program = programs.visible().get(0);
    try (InputStream json = DemoData.class.getResourceAsStream(CAM_CHAU_PLAN)) {
      Plan plan =
          plans.create(
              camChau,
              PlanDefinitionReader.read(camChau.getId(), program.getId(), json, positions));
      long officer = accounts.find(camChau, "vhcs").getId();
      tasks.hold(positions.get(CAM_CHAU_POSITIONS.get(0)), officer);
      plans.submit(plan.getId());
      plans.issue(plan.getId(), CAM_CHAU_PLAN_NUMBER, CAM_CHAU_PLAN_DATE);
      reportProgress(officer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The officer's tasks of past years are done; those of the last year are under way. */
  private void reportProgress(long officer) {
    for (PlanTask task : tasks.of(officer)) {
      boolean lastYear = task.getYear() == CAM_CHAU_LAST_YEAR;
      tasks.report(
          task.getId(), officer, lastYear ? TaskStatus.IN_PROGRESS : TaskStatus.DONE, null);
    }
  }

  private void loadAccounts() {
    for (DemoAccount demo : DemoAccount.ALL) {
      AdminUnit unit = units.findByCode(demo.unitCode()).orElseThrow();
      if (accounts.find(unit, demo.username()) == null) {
        accounts.create(
            unit,
            demo.username(),
            DemoAccount.PASSWORD,
            demo.fullName(),
            demo.jobTitle(),
            demo.role());
        accounts.reachAt(
            unit, demo.username(), demo.username() + "." + demo.unitCode() + "@giamngheo.example");
      }
    }
  }
}
