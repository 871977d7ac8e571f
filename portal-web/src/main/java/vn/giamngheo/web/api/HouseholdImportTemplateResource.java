package vn.giamngheo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import vn.giamngheo.domain.importing.HouseholdImports;
import vn.giamngheo.domain.importing.ImportTemplate;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitLevel;

/** {@code GET /api/v1/units/{code}/households/import-template}: the commune's template, .xlsx. */
@Path("units/{code}/households/import-template")
public class HouseholdImportTemplateResource {
  @Inject Caller caller;
  @Inject HouseholdImports imports;

  @GET
  @Produces(ImportTemplate.MEDIA_TYPE)
  public Response template(@PathParam("code") String code) {
    AdminUnit commune = caller.unitInScope(code);
    if (!commune.isAt(UnitLevel.COMMUNE)) {
      throw new NotFoundException();
    }
    return Response.ok(imports.template(commune.getCode()))
        .header("Content-Disposition", "attachment; filename=\"" + ImportTemplate.FILE_NAME + "\"")
        .build();
  }
}
