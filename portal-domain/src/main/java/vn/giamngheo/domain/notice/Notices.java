package vn.giamngheo.domain.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import vn.giamngheo.tenancy.scope.InTenantScope;

/** The notices of a unit: sent once per key, listed newest first. */
@ApplicationScoped
@Transactional
@InTenantScope
public class Notices {
  private static final int SHOWN = 20;

  @Inject EntityManager em;
  @Inject Clock clock;

  /** Sends a notice unless the unit already has one with the same key; answers whether it did. */
  public boolean send(long unitId, String kind, String subject, String link, String dedupeKey) {
    return em.createNativeQuery(
                "INSERT INTO notice (unit_id, kind, subject, link, created_at, dedupe_key)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (unit_id, dedupe_key) DO NOTHING")
            .setParameter(1, unitId)
            .setParameter(2, kind)
            .setParameter(3, subject)
            .setParameter(4, link)
            .setParameter(5, OffsetDateTime.now(clock))
            .setParameter(6, dedupeKey)
            .executeUpdate()
        == 1;
  }

  public List<Notice> of(long unitId) {
    return em.createQuery(
            "SELECT n FROM Notice n WHERE n.unitId = :unit ORDER BY n.createdAt DESC, n.id DESC",
            Notice.class)
        .setParameter("unit", unitId)
        .setMaxResults(SHOWN)
        .getResultList();
  }
}
