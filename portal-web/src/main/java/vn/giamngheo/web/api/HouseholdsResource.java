package vn.giamngheo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.giamngheo.domain.household.Household;
import vn.giamngheo.domain.household.HouseholdFilter;
import vn.giamngheo.domain.household.HouseholdMember;
import vn.giamngheo.domain.household.HouseholdSummary;
import vn.giamngheo.domain.household.Households;
import vn.giamngheo.domain.household.MemberLine;
import vn.giamngheo.domain.household.NewHousehold;
import vn.giamngheo.domain.household.RegisterPage;
import vn.giamngheo.domain.standard.AreaType;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitLevel;
import vn.giamngheo.tenancy.unit.Units;
import vn.giamngheo.web.household.RegisterExport;
import vn.giamngheo.web.household.RegisterFilters;
import vn.giamngheo.web.i18n.Messages;

/**
 * A commune's household register: {@code GET /api/v1/units/{code}/households?page=0&size=50} with
 * the list's filters ({@code village, year, status, ethnicity, deprivation, name}), ID numbers
 * masked; and households its own staff add.
 */
@Path("units/{code}/households")
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdsResource {
  @Inject Caller caller;
  @Inject Households households;
  @Inject Units units;
  @Inject RegisterExport export;

  public record Member(
      String fullName, LocalDate birthDate, String sex, String relation, String idNumber) {
    static Member of(MemberLine line) {
      return new Member(
          line.fullName(), line.birthDate(), line.sex().name(), line.relation(), line.idNumber());
    }
  }

  public record Item(
      long id,
      String code,
      String village,
      String headName,
      String areaType,
      String ethnicity,
      String status,
      Integer year,
      List<String> deprivations,
      List<Member> members) {
    static Item of(HouseholdSummary h) {
      return new Item(
          h.id(),
          h.code(),
          h.villageName(),
          h.headName(),
          h.areaType().name(),
          h.ethnicity(),
          h.status() == null ? null : h.status().name(),
          h.year(),
          h.deprivations(),
          h.members().stream().map(Member::of).toList());
    }
  }

  public record Listing(long total, int page, int size, List<Item> items) {}

  @GET
  public Listing list(
      @PathParam("code") String code,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size,
      @QueryParam("village") String village,
      @QueryParam("year") String year,
      @QueryParam("status") String status,
      @QueryParam("ethnicity") String ethnicity,
      @QueryParam("deprivation") String deprivation,
      @QueryParam("name") String name) {
    AdminUnit commune = commune(code);
    if (page < 0 || size < 1) {
      throw new UserFacingException("api.status.400");
    }
    RegisterPage found =
        households.search(
            commune,
            RegisterFilters.of(village, year, status, ethnicity, deprivation, name),
            page,
            size);
    return new Listing(
        found.total(), found.page(), found.size(), found.items().stream().map(Item::of).toList());
  }

  /**
   * The register as Excel, one row per member, ID numbers masked, with the same filters as the
   * list: {@code GET /api/v1/units/{code}/households/export.xlsx?status=POOR}.
   */
  @GET
  @Path("export.xlsx")
  @Produces(RegisterExport.MEDIA_TYPE)
  public Response export(
      @PathParam("code") String code,
      @QueryParam("village") String village,
      @QueryParam("year") String year,
      @QueryParam("status") String status,
      @QueryParam("ethnicity") String ethnicity,
      @QueryParam("deprivation") String deprivation,
      @QueryParam("name") String name,
      @Context HttpHeaders headers) {
    AdminUnit commune = commune(code);
    HouseholdFilter filter =
        households.withYear(
            commune, RegisterFilters.of(village, year, status, ethnicity, deprivation, name));
    Locale locale =
        headers.getAcceptableLanguages().isEmpty()
                || !"en".equals(headers.getAcceptableLanguages().get(0).getLanguage())
            ? Messages.VIETNAMESE
            : Locale.ENGLISH;
    StreamingOutput body = out -> export.write(commune, filter, locale, out);
    return Response.ok(body)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + RegisterExport.fileName(commune) + "\"")
        .build();
  }

  /** A person of a new household; {@code sex} is {@code MALE} or {@code FEMALE}. */
  public record NewMember(
      String fullName,
      LocalDate birthDate,
      String sex,
      String ethnicity,
      String relation,
      String idNumber,
      boolean healthInsured) {}

  /** A new household: its village by code ({@code 15160-01}) or name, its members head first. */
  public record NewHouseholdBody(
      String code,
      String village,
      String headName,
      String areaType,
      String ethnicity,
      String address,
      LocalDate registeredOn,
      List<NewMember> members) {}

  public record Created(long id, String code) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(@PathParam("code") String code, NewHouseholdBody body) {
    AdminUnit commune = commune(code);
    if (!households.mayEdit(commune)) {
      throw new ForbiddenException();
    }
    if (body == null) {
      throw new UserFacingException("api.status.400");
    }
    long village =
        units.children(commune).stream()
            .filter(v -> v.getCode().equals(body.village()) || v.getName().equals(body.village()))
            .map(AdminUnit::getId)
            .findFirst()
            .orElseThrow(() -> new UserFacingException("household.villageUnknown"));
    List<HouseholdMember.Person> members =
        body.members() == null
            ? List.of()
            : body.members().stream()
                .map(
                    m ->
                        new HouseholdMember.Person(
                            m.fullName(),
                            m.birthDate(),
                            sex(m.sex()),
                            m.ethnicity() == null ? body.ethnicity() : m.ethnicity(),
                            m.relation(),
                            m.idNumber(),
                            m.healthInsured(),
                            "",
                            ""))
                .toList();
    Household added =
        households.add(
            commune,
            new NewHousehold(
                village,
                body.code(),
                body.headName(),
                areaType(body.areaType()),
                body.ethnicity(),
                body.address(),
                body.registeredOn(),
                members));
    return Response.status(Response.Status.CREATED)
        .entity(new Created(added.getId(), added.getCode()))
        .build();
  }

  /** The commune in the caller's scope; anything else does not exist for them (404). */
  private AdminUnit commune(String code) {
    AdminUnit unit = caller.unitInScope(code);
    if (!unit.isAt(UnitLevel.COMMUNE)) {
      throw new jakarta.ws.rs.NotFoundException();
    }
    return unit;
  }

  private static HouseholdMember.Sex sex(String text) {
    try {
      return HouseholdMember.Sex.valueOf(text == null ? "" : text.strip());
    } catch (IllegalArgumentException unknown) {
      throw new UserFacingException("api.status.400");
    }
  }

  private static AreaType areaType(String text) {
    if (text == null || text.isBlank()) {
      return AreaType.RURAL;
    }
    try {
      return AreaType.valueOf(text.strip());
    } catch (IllegalArgumentException unknown) {
      throw new UserFacingException("household.areaTypeMissing");
    }
  }
}
