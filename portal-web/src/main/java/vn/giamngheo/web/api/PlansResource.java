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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.giamngheo.domain.plan.FundingSource;
import vn.giamngheo.domain.plan.Plan;
import vn.giamngheo.domain.plan.PlanDocument;
import vn.giamngheo.domain.plan.Plans;
import vn.giamngheo.domain.plan.StaffPosition;
import vn.giamngheo.domain.plan.UpstreamChange;
import vn.giamngheo.domain.task.ComponentProgress;
import vn.giamngheo.domain.task.Tasks;
import vn.giamngheo.domain.text.RichText;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.unit.Units;
import vn.giamngheo.web.plan.PlanFormat;

/** Plans: their structure, their document, and the steps of their workflow. */
@Path("plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlansResource {
  @Inject Caller caller;
  @Inject Plans plans;
  @Inject Units units;
  @Inject Tasks tasks;

  public record Comment(String comment) {}

  public record Issue(String number, String date) {}

  /**
   * A section's new text: {@code html} (cleaned on the way in), or else {@code paragraphs} the
   * plain way, one per line, "- " for a bullet.
   */
  public record SectionText(String html, List<String> paragraphs) {
    String toHtml() {
      return html != null || paragraphs == null ? html : RichText.ofLines(paragraphs).getHtml();
    }
  }

  public record Funding(String source, Integer year, Long amount) {}

  /** Who leads a component and who co-operates, by position name, with deadline and wording. */
  public record Assignment(
      String lead, List<String> partners, String deadline, String assignment) {}

  @GET
  @Path("{id}")
  public PlanView plan(@PathParam("id") long id) {
    return PlanView.full(visible(id));
  }

  @GET
  @Path("{id}/progress")
  public List<ComponentProgress> progress(@PathParam("id") long id) {
    return tasks.progressOf(visible(id).getId());
  }

  /** The plan as a document: {@code document.docx} (Word) or {@code document.pdf}. */
  @GET
  @Path("{id}/document.{format}")
  public Response document(@PathParam("id") long id, @PathParam("format") String extension) {
    PlanFormat format = PlanFormat.byExtension(extension).orElseThrow(NotFoundException::new);
    Plan plan = visible(id);
    PlanDocument document = PlanDocument.of(plan, units.byId(plan.getUnitId()));
    StreamingOutput body = out -> format.write(document, out);
    return Response.ok(body, format.mediaType())
        .header("Content-Disposition", format.contentDisposition(plan))
        .build();
  }

  /** What the plan above changed since this plan took its text over. */
  @GET
  @Path("{id}/upstream-changes")
  public List<UpstreamChange> upstreamChanges(@PathParam("id") long id) {
    return plans.upstreamChanges(visible(id).getId());
  }

  /** Takes ({@code "take": true}) or keeps this plan's text for one change. */
  public record Resolution(String key, Boolean take) {}

  @POST
  @Path("{id}/upstream-changes")
  @Consumes(MediaType.APPLICATION_JSON)
  public PlanView resolveUpstream(@PathParam("id") long id, Resolution resolution) {
    if (resolution == null || resolution.key() == null || resolution.take() == null) {
      throw new UserFacingException("plan.noUpstream");
    }
    return PlanView.full(plans.resolveUpstream(id, resolution.key(), resolution.take()));
  }

  @POST
  @Path("{id}/submit")
  public PlanView submit(@PathParam("id") long id) {
    return PlanView.summary(plans.submit(id));
  }

  @POST
  @Path("{id}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  public PlanView returnForChanges(@PathParam("id") long id, Comment comment) {
    return PlanView.summary(plans.returnForChanges(id, comment == null ? null : comment.comment()));
  }

  @POST
  @Path("{id}/issue")
  @Consumes(MediaType.APPLICATION_JSON)
  public PlanView issue(@PathParam("id") long id, Issue issue) {
    return PlanView.summary(
        plans.issue(
            id, issue == null ? null : issue.number(), date(issue == null ? null : issue.date())));
  }

  @POST
  @Path("{id}/amend")
  public Response amend(@PathParam("id") long id) {
    return Response.status(Response.Status.CREATED).entity(PlanView.full(plans.amend(id))).build();
  }

  @PUT
  @Path("{id}/sections/{sectionId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public PlanView rewriteSection(
      @PathParam("id") long id, @PathParam("sectionId") long sectionId, SectionText text) {
    return PlanView.full(plans.rewriteSection(id, sectionId, text == null ? null : text.toHtml()));
  }

  @PUT
  @Path("{id}/components/{code}/funding")
  @Consumes(MediaType.APPLICATION_JSON)
  public PlanView fund(@PathParam("id") long id, @PathParam("code") String code, Funding funding) {
    if (funding == null || funding.source() == null) {
      throw new UserFacingException("plan.fundingSourceMissing");
    }
    if (funding.year() == null || funding.amount() == null) {
      throw new UserFacingException("plan.fundingIncomplete");
    }
    FundingSource source;
    try {
      source = FundingSource.valueOf(funding.source());
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("plan.fundingSourceMissing");
    }
    return PlanView.full(plans.fund(id, code, source, funding.year(), funding.amount()));
  }

  @PUT
  @Path("{id}/components/{code}/assignment")
  @Consumes(MediaType.APPLICATION_JSON)
  public PlanView assign(
      @PathParam("id") long id, @PathParam("code") String code, Assignment assignment) {
    if (assignment == null) {
      throw new UserFacingException("plan.assignmentMissing");
    }
    Plan plan = visible(id);
    Map<String, Long> positions =
        plans.positionsOf(units.byId(plan.getUnitId())).stream()
            .collect(Collectors.toMap(StaffPosition::getName, StaffPosition::getId));
    Function<String, Long> position =
        name ->
            Optional.ofNullable(positions.get(name))
                .orElseThrow(() -> new UserFacingException("plan.positionUnknown", name));
    return PlanView.full(
        plans.assign(
            id,
            code,
            assignment.lead() == null ? null : position.apply(assignment.lead()),
            assignment.partners() == null
                ? List.of()
                : assignment.partners().stream().map(position).toList(),
            date(assignment.deadline()),
            assignment.assignment()));
  }

  private Plan visible(long id) {
    caller.user();
    return plans.find(id).orElseThrow(NotFoundException::new);
  }

  private static LocalDate date(String text) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new UserFacingException("plan.dateMissing");
    }
  }
}
