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
import vn.giamngheo.domain.plan.PlanTemplates;
import vn.giamngheo.domain.program.Programs;
import vn.giamngheo.tenancy.scope.Role;

/** The national target programs as the caller's province configures them. */
@Path("programs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramsResource {
  @Inject Caller caller;
  @Inject Programs programs;
  @Inject PlanTemplates templates;

  /** What a province administrator writes about one component of a draft. */
  public record ComponentText(String objective, List<String> activities, String targetGroups) {}

  @GET
  public List<ProgramView> list() {
    caller.user();
    return programs.visible().stream().map(ProgramView::summary).toList();
  }

  @GET
  @Path("{id}")
  public ProgramView program(@PathParam("id") long id) {
    return programs.find(id).map(ProgramView::full).orElseThrow(NotFoundException::new);
  }

  /** The versions of the program's plan template the caller sees, newest first. */
  @GET
  @Path("{id}/plan-templates")
  public List<PlanTemplateView> planTemplates(@PathParam("id") long id) {
    return templates.of(id).stream().map(PlanTemplateView::summary).toList();
  }

  @POST
  @Path("{id}/versions")
  public Response draftNextVersion(@PathParam("id") long id) {
    caller.require(Role.PROVINCE_ADMIN);
    return Response.status(Response.Status.CREATED)
        .entity(ProgramView.full(programs.draftNextVersion(id)))
        .build();
  }

  @POST
  @Path("{id}/publish")
  public ProgramView publish(@PathParam("id") long id) {
    caller.require(Role.PROVINCE_ADMIN);
    return ProgramView.full(programs.publish(id));
  }

  @PUT
  @Path("{id}/components/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ProgramView describeComponent(
      @PathParam("id") long id, @PathParam("code") String code, ComponentText text) {
    caller.require(Role.PROVINCE_ADMIN);
    return ProgramView.full(
        programs.describeComponent(
            id,
            code,
            text == null ? null : text.objective(),
            text == null || text.activities() == null ? List.of() : text.activities(),
            text == null ? null : text.targetGroups()));
  }
}
