package vn.giamngheo.domain.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import vn.giamngheo.domain.TenantOwned;
import vn.giamngheo.tenancy.UserFacingException;

/** A person of a household, with the facts the review asks about them. */
@Entity
@Table(name = "household_member")
public class HouseholdMember extends TenantOwned {
  @ManyToOne(optional = false)
  @JoinColumn(name = "household_id")
  private Household household;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Sex sex;

  @Column(nullable = false)
  private String ethnicity;

  @Column(nullable = false)
  private String relation;

  @Column(name = "id_number")
  private String idNumber;

  @Column(name = "health_insured", nullable = false)
  private boolean healthInsured;

  @Column(nullable = false)
  private String schooling;

  @Column(nullable = false)
  private String occupation;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  public enum Sex {
    MALE,
    FEMALE
  }

  /** What the register keeps of a person. */
  public record Person(
      String fullName,
      LocalDate birthDate,
      Sex sex,
      String ethnicity,
      String relation,
      String idNumber,
      boolean healthInsured,
      String schooling,
      String occupation) {
    public Person {
      if (fullName == null || fullName.isBlank()) {
        throw new UserFacingException("household.memberNameMissing");
      }
      Objects.requireNonNull(sex, "sex");
      if (idNumber != null && idNumber.isBlank()) {
        idNumber = null;
      }
      if (idNumber != null && !IdNumbers.isWellFormed(idNumber.strip())) {
        throw new UserFacingException("household.idNumberInvalid", idNumber);
      }
    }
  }

  protected HouseholdMember() {}

  HouseholdMember(Household household, Person person, int sortOrder) {
    this.household = household;
    this.unitId = household.getUnitId();
    this.sortOrder = sortOrder;
    change(person);
  }

  public void change(Person person) {
    this.fullName = Household.nfc(person.fullName());
    this.birthDate = person.birthDate();
    this.sex = person.sex();
    this.ethnicity = Household.nfc(person.ethnicity());
    this.relation = Household.nfc(person.relation());
    this.idNumber = person.idNumber() == null ? null : person.idNumber().strip();
    this.healthInsured = person.healthInsured();
    this.schooling = Household.nfc(person.schooling());
    this.occupation = Household.nfc(person.occupation());
  }

  /** The ID number as lists and exports show it: all but the last three digits hidden. */
  public String getMaskedIdNumber() {
    return IdNumbers.mask(idNumber);
  }

  public Household getHousehold() {
    return household;
  }

  public String getFullName() {
    return fullName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public Sex getSex() {
    return sex;
  }

  public String getEthnicity() {
    return ethnicity;
  }

  public String getRelation() {
    return relation;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public boolean isHealthInsured() {
    return healthInsured;
  }

  public String getSchooling() {
    return schooling;
  }

  public String getOccupation() {
    return occupation;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
