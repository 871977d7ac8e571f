package vn.giamngheo.domain.household;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.giamngheo.domain.TenantOwned;
import vn.giamngheo.domain.standard.AnswersJson;
import vn.giamngheo.domain.standard.AreaType;
import vn.giamngheo.tenancy.UserFacingException;

/**
 * A household on a commune's register: where it lives, who is its head and its members, and what
 * its latest survey found (income per person and the deprivation answers).
 */
@Entity
@Table(name = "household")
public class Household extends TenantOwned {
  @Column(name = "village_id", nullable = false)
  private long villageId;

  @Column(nullable = false)
  private String code;

  @Column(name = "head_name", nullable = false)
  private String headName;

  @Column(nullable = false)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(name = "area_type", nullable = false)
  private AreaType areaType;

  @Column(nullable = false)
  private String ethnicity;

  private Long income;

  @Column(nullable = false)
  private String answers;

  @Column(name = "registered_on", nullable = false)
  private LocalDate registeredOn;

  @Column(name = "left_on")
  private LocalDate leftOn;

  @Version private int version;

  @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<HouseholdMember> members = new ArrayList<>();

  protected Household() {}

  public Household(
      long communeId,
      long villageId,
      String code,
      String headName,
      AreaType areaType,
      LocalDate registeredOn) {
    this.unitId = communeId;
    this.villageId = villageId;
    this.code = requireText(code, "household.codeMissing");
    this.headName = nfc(requireText(headName, "household.headMissing"));
    this.areaType = Objects.requireNonNull(areaType);
    this.registeredOn = Objects.requireNonNull(registeredOn);
    this.address = "";
    this.ethnicity = "";
    this.answers = "{}";
  }

  static String nfc(String text) {
    return text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
  }

  private static String requireText(String text, String messageKey) {
    if (text == null || text.isBlank()) {
      throw new UserFacingException(messageKey);
    }
    return text.strip();
  }

  public void describe(String newAddress, String newEthnicity) {
    this.address = nfc(newAddress);
    this.ethnicity = nfc(newEthnicity);
  }

  public void moveTo(long newVillageId, AreaType newAreaType) {
    this.villageId = newVillageId;
    this.areaType = Objects.requireNonNull(newAreaType);
  }

  /** Keeps what a survey found: income per person per month and the deprivation answers. */
  public void surveyed(long newIncome, Map<String, BigDecimal> newAnswers) {
    if (newIncome < 0) {
      throw new UserFacingException("household.incomeNegative");
    }
    this.income = newIncome;
    this.answers = AnswersJson.format(newAnswers);
  }

  public HouseholdMember addMember(HouseholdMember.Person person) {
    HouseholdMember member = new HouseholdMember(this, person, members.size() + 1);
    members.add(member);
    return member;
  }

  public long getVillageId() {
    return villageId;
  }

  public String getCode() {
    return code;
  }

  public String getHeadName() {
    return headName;
  }

  public String getAddress() {
    return address;
  }

  public AreaType getAreaType() {
    return areaType;
  }

  public String getEthnicity() {
    return ethnicity;
  }

  public Long getIncome() {
    return income;
  }

  public Map<String, BigDecimal> getAnswers() {
    return AnswersJson.parse(answers);
  }

  public LocalDate getRegisteredOn() {
    return registeredOn;
  }

  public LocalDate getLeftOn() {
    return leftOn;
  }

  public int getVersion() {
    return version;
  }

  public List<HouseholdMember> getMembers() {
    return Collections.unmodifiableList(members);
  }
}
