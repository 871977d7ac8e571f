package vn.giamngheo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.giamngheo.domain.importing.HouseholdImports;
import vn.giamngheo.domain.importing.ImportTemplate;
import vn.giamngheo.domain.importing.SpreadsheetReader;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.web.i18n.Messages;
import vn.giamngheo.web.importing.ImportJob;
import vn.giamngheo.web.importing.ImportJobs;

/**
 * {@code POST /api/v1/units/{code}/households/import}: the file is the raw body, {@code
 * Content-Type} the .xlsx type or {@code text/csv}. The import runs as the page's does, off the
 * request thread; the call waits for it and answers 200 {@code {imported, people}} or 422 {@code
 * {errors: [{row, column, message}]}}. {@code GET .../import/{job}} reads a job.
 */
@Path("units/{code}/households/import")
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdImportResource {
  private static final long WAIT_MINUTES = 30;

  @Inject Caller caller;
  @Inject HouseholdImports imports;
  @Inject ImportJobs jobs;
  @Inject Messages messages;
  @Context HttpHeaders headers;

  /** How a job stands, its problems in the caller's language. */
  public record JobView(
      String id,
      String state,
      int rows,
      int rowsChecked,
      int imported,
      int people,
      int percent,
      List<Problem> errors) {}

  public record Problem(Integer row, String column, String message) {}

  public record Imported(String job, int imported, int people) {}

  public record Rejected(int status, String message, String job, List<Problem> errors) {}

  @POST
  @Consumes({ImportTemplate.MEDIA_TYPE, "text/csv", MediaType.APPLICATION_OCTET_STREAM})
  public Response importFile(@PathParam("code") String code, InputStream body)
      throws IOException, InterruptedException {
    AdminUnit commune = caller.unitInScope(code);
    if (!imports.mayImport(commune)) {
      throw new ForbiddenException();
    }
    byte[] file = body.readNBytes(SpreadsheetReader.MAX_BYTES + 1);
    ImportJob job = jobs.start(caller.user(), commune, file);
    try {
      job.finished().get(WAIT_MINUTES, TimeUnit.MINUTES);
    } catch (ExecutionException | TimeoutException e) {
      return Response.accepted(view(job)).build();
    }
    if (job.getState() == ImportJob.State.DONE) {
      return Response.ok(new Imported(job.getId(), job.getImported(), job.getPeople())).build();
    }
    int status = job.getState() == ImportJob.State.FAILED ? 500 : 422;
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(
            new Rejected(
                status,
                messages.get(locale(), "import.api.rejected", job.getErrors().size()),
                job.getId(),
                problems(job)))
        .build();
  }

  @GET
  @Path("{job}")
  public JobView job(@PathParam("code") String code, @PathParam("job") String id) {
    AdminUnit unit = caller.unitInScope(code);
    return jobs.find(id, unit.getId()).map(this::view).orElseThrow(NotFoundException::new);
  }

  private JobView view(ImportJob job) {
    return new JobView(
        job.getId(),
        job.getState().name(),
        job.getRows(),
        job.getRowsChecked(),
        job.getImported(),
        job.getPeople(),
        job.getPercent(),
        problems(job));
  }

  private List<Problem> problems(ImportJob job) {
    return job.getErrors().stream()
        .map(
            e ->
                new Problem(
                    e.row() == 0 ? null : e.row(),
                    e.column().isEmpty() ? null : e.column(),
                    messages.get(locale(), e.messageKey(), e.args())))
        .toList();
  }

  private Locale locale() {
    return headers.getAcceptableLanguages().isEmpty()
        ? Messages.VIETNAMESE
        : headers.getAcceptableLanguages().get(0);
  }
}
