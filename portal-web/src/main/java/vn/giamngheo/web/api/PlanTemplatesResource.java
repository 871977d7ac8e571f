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
import java.util.List;
import vn.giamngheo.domain.plan.OutlineSection;
import vn.giamngheo.domain.plan.PlanTemplates;
import vn.giamngheo.domain.plan.SectionKind;
import vn.giamngheo.domain.plan.TemplateOutline;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.scope.Role;

/**
 * The plan templates the caller's province publishes: read by every unit, changed by the province.
 */
@Path("plan-templates")
@Produces(MediaType.APPLICATION_JSON)
public class PlanTemplatesResource {
  @Inject Caller caller;
  @Inject PlanTemplates templates;

  /** The sections of a draft as the province rewrites them, as a whole. */
  public record Sections(List<PlanTemplateView.SectionView> sections) {}

  @GET
  @Path("{id}")
  public PlanTemplateView template(@PathParam("id") long id) {
    return templates.find(id).map(PlanTemplateView::full).orElseThrow(NotFoundException::new);
  }

  @POST
  @Path("{id}/versions")
  public Response draftNextVersion(@PathParam("id") long id) {
    caller.require(Role.PROVINCE_ADMIN);
    return Response.status(Response.Status.CREATED)
        .entity(PlanTemplateView.full(templates.draftNextVersion(id)))
        .build();
  }

  @PUT
  @Path("{id}/sections")
  @Consumes(MediaType.APPLICATION_JSON)
  public PlanTemplateView rewrite(@PathParam("id") long id, Sections body) {
    caller.require(Role.PROVINCE_ADMIN);
    return PlanTemplateView.full(
        templates.rewrite(id, new TemplateOutline(outline(body == null ? null : body.sections()))));
  }

  @POST
  @Path("{id}/publish")
  public PlanTemplateView publish(@PathParam("id") long id) {
    caller.require(Role.PROVINCE_ADMIN);
    return PlanTemplateView.full(templates.publish(id));
  }

  private static List<OutlineSection> outline(List<PlanTemplateView.SectionView> sections) {
    if (sections == null) {
      return List.of();
    }
    return sections.stream()
        .map(
            section ->
                new OutlineSection(
                    section.title(),
                    kind(section.kind()),
                    section.required(),
                    section.paragraphs(),
                    outline(section.sections())))
        .toList();
  }

  private static SectionKind kind(String kind) {
    if (kind == null) {
      return SectionKind.TEXT;
    }
    try {
      return SectionKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("template.kindUnknown", kind);
    }
  }
}
