package vn.giamngheo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.giamngheo.domain.plan.Plans;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.scope.Role;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.ImportSummary;
import vn.giamngheo.tenancy.unit.UnitImporter;
import vn.giamngheo.tenancy.unit.Units;

/** Administrative units: reading them, importing a province's official list, adding villages. */
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitsResource {
  @Inject Caller caller;
  @Inject Units units;
  @Inject UnitImporter importer;
  @Inject Plans plans;

  public record NewVillage(String name) {}

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

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (RuntimeException e) {
      throw new BadRequestException(e);
    }
  }
}
