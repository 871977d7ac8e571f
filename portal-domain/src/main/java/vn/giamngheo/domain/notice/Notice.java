package vn.giamngheo.domain.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.giamngheo.domain.TenantOwned;

/** Something a unit's staff should know: targets that reached it, a report falling due. */
@Entity
@Table(name = "notice")
public class Notice extends TenantOwned {

  @Column(nullable = false)
  private String kind;

  @Column(nullable = false)
  private String subject;

  private String link;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "dedupe_key", nullable = false)
  private String dedupeKey;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  protected Notice() {}

  public String getKind() {
    return kind;
  }

  public String getSubject() {
    return subject;
  }

  public String getLink() {
    return link;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public boolean isRead() {
    return readAt != null;
  }
}
