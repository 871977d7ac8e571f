package vn.giamngheo.domain.standard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.giamngheo.domain.UnitStep;
import vn.giamngheo.tenancy.NotInScopeException;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.audit.AuditLog;
import vn.giamngheo.tenancy.scope.InTenantScope;
import vn.giamngheo.tenancy.scope.TenantContext;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.UnitLevel;

/**
 * The poverty standards of the caller's province: every unit reads them, the province's
 * administrators keep them, and a household is classified by the one in force on the survey's day.
 */
@ApplicationScoped
@Transactional
@InTenantScope
public class PovertyStandards {
  @Inject EntityManager em;
  @Inject TenantContext tenant;
  @Inject AuditLog audit;

  /** The standards the caller sees, oldest first, loaded whole. */
  public List<PovertyStandard> all() {
    List<PovertyStandard> standards =
        em.createQuery(
                "SELECT s FROM PovertyStandard s ORDER BY s.validFrom, s.id", PovertyStandard.class)
            .getResultList();
    standards.forEach(PovertyStandard::indicators);
    return standards;
  }

  public Optional<PovertyStandard> find(long id) {
    return all().stream().filter(s -> s.getId() == id).findFirst();
  }

  /** The standard in force on {@code day}. */
  public PovertyStandard inForceOn(LocalDate day) {
    return all().stream()
        .filter(s -> s.appliesOn(day))
        .max(Comparator.comparing(PovertyStandard::getValidFrom))
        .orElseThrow(() -> new UserFacingException("standard.noneInForce", day));
  }

  /** Classifies one household's answers under the standard in force on {@code day}. */
  public Classified classify(HouseholdAnswers answers, LocalDate day) {
    PovertyStandard standard = inForceOn(day);
    return new Classified(standard, standard.classify(answers));
  }

  /** A classification with the standard it was made under. */
  public record Classified(PovertyStandard standard, Classification classification) {}

  public PovertyStandard add(AdminUnit province, PovertyStandard standard) {
    requireProvinceAdmin(province);
    requireNoOverlap(standard, standard.getValidFrom(), standard.getValidTo());
    em.persist(standard);
    audit.record(province.getId(), "POVERTY_STANDARD_ADDED", standard.getCode());
    return standard;
  }

  /** Changes a standard's name, validity and lines; {@code version} is what the caller saw. */
  public PovertyStandard change(long id, int version, PovertyStandard.Rules rules) {
    PovertyStandard standard = provincesOwn(id, version);
    requireNoOverlap(standard, rules.validFrom(), rules.validTo());
    PovertyStandard.Rules before = standard.rules();
    standard.change(rules);
    audit.record(
        standard.getUnitId(),
        "POVERTY_STANDARD_CHANGED",
        standard.getCode() + ": " + before + " -> " + rules);
    return standard;
  }

  /** Changes the rule of one indicator; classifications already made keep their results. */
  public PovertyStandard changeRule(
      long id, int version, String indicatorCode, DeprivedWhen comparator, BigDecimal threshold) {
    PovertyStandard standard = provincesOwn(id, version);
    DeprivationIndicator indicator =
        standard
            .indicator(indicatorCode)
            .orElseThrow(() -> new UserFacingException("standard.indicatorUnknown", indicatorCode));
    String before = indicator.getComparator() + " " + indicator.getThreshold().toPlainString();
    standard.changeRule(indicatorCode, comparator, threshold);
    em.lock(standard, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    audit.record(
        standard.getUnitId(),
        "POVERTY_STANDARD_RULE_CHANGED",
        standard.getCode()
            + " "
            + indicatorCode
            + ": "
            + before
            + " -> "
            + comparator
            + " "
            + threshold.toPlainString());
    return standard;
  }

  private PovertyStandard provincesOwn(long id, int version) {
    PovertyStandard standard =
        Optional.ofNullable(em.find(PovertyStandard.class, id))
            .orElseThrow(() -> new NotInScopeException("standard.notFound", id));
    requireProvinceAdmin(em.find(AdminUnit.class, standard.getUnitId()));
    if (standard.getVersion() != version) {
      throw new OptimisticLockException(standard);
    }
    return standard;
  }

  private void requireProvinceAdmin(AdminUnit province) {
    if (!province.isAt(UnitLevel.PROVINCE)
        || !tenant.worksFor(province)
        || !tenant.actsAs(UnitStep.LEAD.roles(province))) {
      throw new UserFacingException("standard.provinceOnly");
    }
  }

  private void requireNoOverlap(PovertyStandard standard, LocalDate from, LocalDate to) {
    LocalDate end = to == null ? LocalDate.MAX : to;
    boolean overlaps =
        all().stream()
            .filter(other -> other != standard && other.getUnitId() == standard.getUnitId())
            .anyMatch(
                other ->
                    !other.getValidFrom().isAfter(end)
                        && (other.getValidTo() == null || !other.getValidTo().isBefore(from)));
    if (overlaps) {
      throw new UserFacingException("standard.validityOverlaps");
    }
  }
}
