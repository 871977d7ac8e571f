package vn.giamngheo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.giamngheo.tenancy.identity.SignedInUser;
import vn.giamngheo.tenancy.unit.Units;

/** Who the caller is: their unit, role and the units in their scope. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
  @Inject Caller caller;
  @Inject Units units;

  public record Me(
      String username,
      String fullName,
      String jobTitle,
      UnitView unit,
      List<String> roles,
      List<UnitView> unitsInScope) {}

  @GET
  public Me me() {
    SignedInUser user = caller.user();
    List<UnitView> scope = units.subtree(user.unitPath()).stream().map(UnitView::of).toList();
    return new Me(
        user.username(),
        user.fullName(),
        user.jobTitle(),
        scope.get(0),
        List.of(user.role().name()),
        scope);
  }
}
