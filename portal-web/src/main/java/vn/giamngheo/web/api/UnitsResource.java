package vn.giamngheo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.giamngheo.domain.plan.Plans;
import vn.giamngheo.domain.plan.StaffPosition;
import vn.giamngheo.domain.report.Completeness;
import vn.giamngheo.domain.report.Consolidation;
import vn.giamngheo.domain.report.Period;
import vn.giamngheo.domain.report.ReportTemplate;
import vn.giamngheo.domain.report.Reports;
import vn.giamngheo.domain.report.TemplateIndicator;
import vn.giamngheo.domain.target.Targets;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.scope.Role;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.ImportSummary;
import vn.giamngheo.tenancy.unit.UnitImporter;
import vn.giamngheo.tenancy.unit.Units;
import vn.giamngheo.web.i18n.Messages;
import vn.giamngheo.web.report.ConsolidatedExport;

/** Administrative units: reading them, importing a province's official list, adding villages. */
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitsResource {
  @Inject Caller caller;
  @Inject Units units;
  @Inject UnitImporter importer;
  @Inject Plans plans;
  @Inject Targets targets;
  @Inject Reports reports;
  @Inject Consolidation consolidation;
  @Inject Completeness completeness;
  @Inject Clock clock;
  @Inject ConsolidatedExport export;

  public record NewVillage(String name) {}

  public record Position(Long id, String name) {}

  @GET
  @Path("{code}")
  public UnitView unit(@PathParam("code") String code) {
    AdminUnit unit = caller.unitInScope(code);
    return UnitView.of(unit, units.children(unit));
  }

  /**
   * Imports a province's units from the statistics office's JSON list (the request body), e.g.
   * {@code curl -u 38/admin --data-binary @vn-units-2024.json
   * '.../api/v1/units/import?province=38'}.
   */
  @POST
  @Path("import")
  @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
  public ImportSummary importProvince(
      @QueryParam("province") String provinceCode,
      @QueryParam("validFrom") @DefaultValue("2021-01-01") String validFrom,
      InputStream body) {
    caller.require(Role.PROVINCE_ADMIN);
    if (provinceCode == null || provinceCode.isBlank()) {
      throw new UserFacingException("units.import.provinceMissing");
    }
    return importer.importProvince(body, provinceCode.strip(), date(validFrom));
  }

  @GET
  @Path("{code}/plans")
  public List<PlanView> plans(@PathParam("code") String code) {
    return plans.of(caller.unitInScopeOrAbove(code)).stream().map(PlanView::summary).toList();
  }

  /**
   * What a unit's new plan applies: {@code {"programId": 1, "components": ["DA2", "DA4.TDA3"]}}.
   */
  public record NewPlan(long programId, List<String> components) {}

  @POST
  @Path("{code}/plans")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response startPlan(@PathParam("code") String code, NewPlan plan) {
    AdminUnit unit = caller.unitInScope(code);
    if (plan == null || plan.components() == null) {
      throw new UserFacingException("plan.nothingApplied");
    }
    return Response.status(Response.Status.CREATED)
        .entity(
            PlanView.full(
                plans.draft(
                    unit,
                    plan.programId(),
                    plan.components().stream()
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()))))
        .build();
  }

  @POST
  @Path("{code}/villages")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addVillage(@PathParam("code") String code, NewVillage village) {
    caller.require(Role.COMMUNE_LEADER, Role.COMMUNE_STAFF);
    AdminUnit commune = caller.unitInScope(code);
    AdminUnit added =
        units.addVillage(commune, village == null ? null : village.name(), LocalDate.now());
    return Response.status(Response.Status.CREATED).entity(UnitView.of(added)).build();
  }

  /** The unit's targets of a year and what it allocated of each to the units below it. */
  @GET
  @Path("{code}/targets")
  public List<TargetView> targets(
      @PathParam("code") String code, @QueryParam("year") Integer year) {
    AdminUnit unit = caller.unitInScope(code);
    return targets.sheet(unit, required(year)).stream()
        .map(
            line ->
                TargetView.of(
                    line.indicator(),
                    line.own(),
                    line.given().stream()
                        .filter(given -> given.target() != null)
                        .map(
                            given ->
                                new TargetView.Allocated(
                                    given.unit().getCode(),
                                    given.unit().getName(),
                                    given.target().getValue(),
                                    given.target().getStatus().name(),
                                    given.target().getAcknowledgedAt()))
                        .toList()))
        .toList();
  }

  /**
   * The province's own target: {@code {"indicator": "HO_THOAT_NGHEO", "year": 2022, "value": 5}}.
   */
  public record NewTarget(String indicator, Integer year, BigDecimal value) {}

  /** Parts for the units below, by unit code. */
  public record Parts(Integer year, Map<String, BigDecimal> parts) {}

  /** Publishing an allocation, with why it falls short if it does. */
  public record Publishing(Integer year, String reason) {}

  @POST
  @Path("{code}/targets")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response setTarget(@PathParam("code") String code, NewTarget target) {
    AdminUnit unit = caller.unitInScope(code);
    if (target == null || target.value() == null) {
      throw new UserFacingException("target.valueMissing");
    }
    targets.setProvinceTarget(
        unit, indicator(target.indicator()), required(target.year()), target.value());
    return Response.status(Response.Status.CREATED).entity(targets(code, target.year())).build();
  }

  @PUT
  @Path("{code}/targets/{indicator}/allocations")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<TargetView> allocate(
      @PathParam("code") String code, @PathParam("indicator") String indicator, Parts parts) {
    AdminUnit unit = caller.unitInScope(code);
    if (parts == null || parts.parts() == null) {
      throw new UserFacingException("target.valueMissing");
    }
    Map<Long, BigDecimal> byUnit = new HashMap<>();
    parts
        .parts()
        .forEach(
            (childCode, value) -> {
              AdminUnit child =
                  units
                      .findByCode(childCode)
                      .filter(found -> found.getParent() != null)
                      .filter(found -> found.getParent().getId().equals(unit.getId()))
                      .orElseThrow(() -> new UserFacingException("target.notAChild"));
              if (value == null) {
                throw new UserFacingException("target.valueMissing");
              }
              byUnit.put(child.getId(), value);
            });
    targets.allocate(unit, indicator(indicator), required(parts.year()), byUnit);
    return targets(code, parts.year());
  }

  @POST
  @Path("{code}/targets/{indicator}/publish")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<TargetView> publish(
      @PathParam("code") String code,
      @PathParam("indicator") String indicator,
      Publishing publishing) {
    AdminUnit unit = caller.unitInScope(code);
    int year = required(publishing == null ? null : publishing.year());
    targets.publish(unit, indicator(indicator), year, publishing.reason());
    return targets(code, year);
  }

  @POST
  @Path("{code}/targets/{indicator}/acknowledge")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<TargetView> acknowledge(
      @PathParam("code") String code,
      @PathParam("indicator") String indicator,
      Publishing publishing) {
    AdminUnit unit = caller.unitInScope(code);
    int year = required(publishing == null ? null : publishing.year());
    targets.acknowledge(unit, indicator(indicator), year);
    return targets(code, year);
  }

  /** An indicator the province's report template asks for, by code. */
  private long indicator(String code) {
    return template().getIndicators().stream()
        .map(TemplateIndicator::getIndicator)
        .filter(indicator -> indicator.getCode().equals(code))
        .findFirst()
        .orElseThrow(() -> new UserFacingException("target.indicatorUnknown", String.valueOf(code)))
        .getId();
  }

  /** The unit's report obligations of a year: period, due date, status. */
  @GET
  @Path("{code}/reports")
  public List<ReportView> reports(
      @PathParam("code") String code, @QueryParam("year") Integer year) {
    AdminUnit unit = caller.unitInScope(code);
    LocalDate today = LocalDate.now(clock);
    return reports.of(unit, required(year)).stream()
        .map(report -> ReportView.summary(report, unit.getCode(), today))
        .toList();
  }

  /** Every indicator over the unit's scope for a period, approved reports only unless asked. */
  @GET
  @Path("{code}/consolidated")
  public ConsolidatedView consolidated(
      @PathParam("code") String code,
      @QueryParam("period") String period,
      @QueryParam("includeUnapproved") @DefaultValue("false") boolean includeUnapproved) {
    AdminUnit unit = caller.unitInScope(code);
    Period parsed = period(period);
    return ConsolidatedView.of(
        unit.getCode(),
        parsed.code(),
        includeUnapproved,
        consolidation.view(unit, template(), parsed, includeUnapproved));
  }

  /** The same as Excel, with the unit's own narrative of the period. */
  @GET
  @Path("{code}/consolidated.xlsx")
  @Produces(ConsolidatedExport.MEDIA_TYPE)
  public Response consolidatedWorkbook(
      @PathParam("code") String code,
      @QueryParam("period") String period,
      @QueryParam("includeUnapproved") @DefaultValue("false") boolean includeUnapproved) {
    AdminUnit unit = caller.unitInScope(code);
    Period parsed = period(period);
    StreamingOutput body =
        out -> export.write(unit, parsed, includeUnapproved, Messages.VIETNAMESE, out);
    return Response.ok(body, ConsolidatedExport.MEDIA_TYPE)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + ConsolidatedExport.fileName(unit, parsed) + "\"")
        .build();
  }

  /** How the report of each unit right below stands for a period. */
  @GET
  @Path("{code}/completeness")
  public CompletenessView completeness(
      @PathParam("code") String code, @QueryParam("period") String period) {
    AdminUnit unit = caller.unitInScope(code);
    Period parsed = period(period);
    return CompletenessView.of(
        unit.getCode(),
        parsed.code(),
        completeness.matrix(unit, template().getId(), List.of(parsed)));
  }

  private ReportTemplate template() {
    return reports.templates().stream()
        .findFirst()
        .orElseThrow(() -> new UserFacingException("report.noTemplate"));
  }

  private static Period period(String code) {
    return Period.parse(code).orElseThrow(() -> new UserFacingException("report.periodInvalid"));
  }

  private static int required(Integer year) {
    if (year == null) {
      throw new UserFacingException("report.yearMissing");
    }
    return year;
  }

  /** The staff positions plans assign work to. */
  @GET
  @Path("{code}/positions")
  public List<Position> positions(@PathParam("code") String code) {
    return plans.positionsOf(caller.unitInScope(code)).stream()
        .map(position -> new Position(position.getId(), position.getName()))
        .toList();
  }

  @POST
  @Path("{code}/positions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addPosition(@PathParam("code") String code, Position position) {
    StaffPosition added =
        plans.addPosition(caller.unitInScope(code), position == null ? null : position.name());
    return Response.status(Response.Status.CREATED)
        .entity(new Position(added.getId(), added.getName()))
        .build();
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (RuntimeException e) {
      throw new BadRequestException(e);
    }
  }
}
