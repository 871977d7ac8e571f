package vn.giamngheo.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import vn.giamngheo.domain.notice.Notices;

/** The notices of the caller's own unit, newest first. */
@Path("notices")
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {
  @Inject Caller caller;
  @Inject Notices notices;

  public record NoticeView(String kind, String subject, String link, OffsetDateTime at) {}

  @GET
  public List<NoticeView> mine() {
    return notices.of(caller.user().unitId()).stream()
        .map(n -> new NoticeView(n.getKind(), n.getSubject(), n.getLink(), n.getCreatedAt()))
        .toList();
  }
}
