package vn.giamngheo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.domain.report.Report;
import vn.giamngheo.domain.report.ReportForm;
import vn.giamngheo.domain.report.Reports;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.web.report.ReportDocument;

/** One report: read it, write it, and move it through its workflow. */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportsResource {
  @Inject Caller caller;
  @Inject Reports reports;
  @Inject Clock clock;
  @Inject ReportDocument document;

  /** A value to write: the indicator's code, the number (or null) and a comment. */
  public record Value(String indicator, BigDecimal value, String comment) {}

  /** What a writer sends: the version they read, values, and narrative by section key. */
  public record Writing(Integer version, List<Value> values, Map<String, String> narrative) {}

  /** A step: the version the caller read, and the comment or reason it needs. */
  public record Step(Integer version, String comment) {}

  @GET
  @Path("{id}")
  public ReportView report(@PathParam("id") long id) {
    return ReportView.full(form(id), today());
  }

  /** The report as a PDF document in the administrative format. */
  @GET
  @Path("{id}/document.pdf")
  @Produces(ReportDocument.MEDIA_TYPE)
  public Response document(@PathParam("id") long id) {
    ReportForm form = form(id);
    StreamingOutput body = out -> document.write(id, out);
    return Response.ok(body, ReportDocument.MEDIA_TYPE)
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + ReportDocument.fileName(form.unit().getCode(), form.report().getPeriod())
                + "\"")
        .build();
  }

  @PUT
  @Path("{id}")
  public ReportView write(@PathParam("id") long id, Writing writing) {
    ReportForm form = form(id);
    if (writing == null || writing.version() == null) {
      throw new UserFacingException("report.versionMissing");
    }
    Map<Long, Report.Entry> entries = new HashMap<>();
    if (writing.values() != null) {
      for (Value value : writing.values()) {
        ReportForm.Line line =
            form.lines().stream()
                .filter(l -> l.indicator().getCode().equals(value.indicator()))
                .findFirst()
                .orElseThrow(
                    () -> new UserFacingException("report.indicatorUnknown", value.indicator()));
        entries.put(
            line.indicator().getId(), new Report.Entry(value.value(), null, value.comment()));
      }
    }
    reports.save(
        id,
        writing.version(),
        entries,
        writing.narrative() == null ? Map.of() : writing.narrative());
    return report(id);
  }

  @POST
  @Path("{id}/submit")
  public ReportView submit(@PathParam("id") long id, Step step) {
    form(id);
    reports.submit(id, version(step));
    return report(id);
  }

  @POST
  @Path("{id}/approve")
  public ReportView approve(@PathParam("id") long id, Step step) {
    form(id);
    reports.approve(id, version(step));
    return report(id);
  }

  @POST
  @Path("{id}/return")
  public ReportView returnWith(@PathParam("id") long id, Step step) {
    form(id);
    reports.returnWith(id, version(step), step.comment());
    return report(id);
  }

  @POST
  @Path("{id}/unapprove")
  public ReportView unapprove(@PathParam("id") long id, Step step) {
    form(id);
    reports.unapprove(id, version(step), step.comment());
    return report(id);
  }

  private ReportForm form(long id) {
    caller.user();
    if (reports.find(id).isEmpty()) {
      throw new NotFoundException();
    }
    return reports.form(id);
  }

  private static int version(Step step) {
    if (step == null || step.version() == null) {
      throw new UserFacingException("report.versionMissing");
    }
    return step.version();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
