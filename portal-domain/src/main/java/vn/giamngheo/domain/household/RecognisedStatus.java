package vn.giamngheo.domain.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vn.giamngheo.domain.TenantOwned;
import vn.giamngheo.domain.standard.Classification;
import vn.giamngheo.domain.standard.PovertyStatus;

/**
 * The list a household was recognised on for a year: by the district after the annual review, by
 * the commune after a regular review, or as the commune brought its lists when it started.
 */
@Entity
@Table(name = "household_status")
public class RecognisedStatus extends TenantOwned {
  public enum Source {
    ANNUAL_REVIEW,
    REGULAR_REVIEW,
    IMPORT
  }

  @Column(name = "household_id", nullable = false)
  private long householdId;

  @Column(nullable = false)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PovertyStatus status;

  @Column(nullable = false)
  private String deprivations;

  @Column(name = "standard_id")
  private Long standardId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Source source;

  @Column(name = "recognised_on", nullable = false)
  private LocalDate recognisedOn;

  protected RecognisedStatus() {}

  public RecognisedStatus(
      Household household,
      int year,
      PovertyStatus status,
      String deprivations,
      Long standardId,
      Source source,
      LocalDate recognisedOn) {
    this.unitId = household.getUnitId();
    this.householdId = Objects.requireNonNull(household.getId(), "household must be stored");
    this.year = year;
    this.standardId = standardId;
    recognise(status, deprivations, source, recognisedOn);
  }

  public RecognisedStatus(
      Household household,
      int year,
      Classification classification,
      long standardId,
      Source source,
      LocalDate recognisedOn) {
    this(
        household,
        year,
        classification.status(),
        classification.deprivationCodes(),
        standardId,
        source,
        recognisedOn);
  }

  /** A later recognition of the same year (a regular review, a correction) replaces the list. */
  public void recognise(
      PovertyStatus newStatus, String newDeprivations, Source newSource, LocalDate day) {
    this.status = Objects.requireNonNull(newStatus);
    this.deprivations = newDeprivations == null ? "" : newDeprivations;
    this.source = Objects.requireNonNull(newSource);
    this.recognisedOn = Objects.requireNonNull(day);
  }

  public long getHouseholdId() {
    return householdId;
  }

  public int getYear() {
    return year;
  }

  public PovertyStatus getStatus() {
    return status;
  }

  public List<String> getDeprivations() {
    return deprivations.isEmpty() ? List.of() : Arrays.asList(deprivations.split(","));
  }

  public Long getStandardId() {
    return standardId;
  }

  public Source getSource() {
    return source;
  }

  public LocalDate getRecognisedOn() {
    return recognisedOn;
  }
}
