package vn.giamngheo.web.household;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.giamngheo.domain.household.HouseholdMember;
import vn.giamngheo.domain.household.HouseholdRecord;
import vn.giamngheo.domain.household.Households;
import vn.giamngheo.domain.standard.DeprivationIndicator;
import vn.giamngheo.domain.standard.PovertyStandard;
import vn.giamngheo.domain.standard.PovertyStandards;
import vn.giamngheo.tenancy.NotInScopeException;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.i18n.LocaleSelection;
import vn.giamngheo.web.tenant.CurrentUnit;
import vn.giamngheo.web.tenant.TenantPages;

/**
 * One household's record ({@code household?id=}): its facts, members, status of each year and
 * latest survey. Opening it is logged; a household not of this commune, or not in the viewer's
 * scope, is not found.
 */
@Named
@ViewScoped
public class HouseholdPage implements Serializable {
  @Inject Households households;
  @Inject PovertyStandards standards;
  @Inject CurrentUnit unit;
  @Inject FacesMessages messages;
  @Inject LocaleSelection locale;

  private Long householdId;
  private transient HouseholdRecord record;

  private String memberName;
  private LocalDate memberBirthDate;
  private HouseholdMember.Sex memberSex = HouseholdMember.Sex.FEMALE;
  private String memberRelation;
  private String memberIdNumber;
  private boolean memberHealthInsured;

  /** An answer of the latest survey with the indicator it answers. */
  public record Answer(String code, String indicator, BigDecimal value) {}

  /** On opening the page: loads (and so logs) the record, or answers 404. */
  public void open() {
    try {
      if (householdId == null) {
        throw new NotInScopeException("household.notFound");
      }
      record = households.find(unit.get(), householdId);
    } catch (NotInScopeException notHere) {
      notFound();
    }
  }

  private static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  public HouseholdRecord getRecord() {
    return record;
  }

  /** The latest survey's answers, in the order and with the names of the standard in force. */
  public List<Answer> getAnswers() {
    if (record == null) {
      return List.of();
    }
    Map<String, BigDecimal> answers = record.household().getAnswers();
    List<Answer> named = new ArrayList<>();
    if (answers.isEmpty()) {
      return named;
    }
    boolean english = "en".equals(locale.getLanguage());
    try {
      PovertyStandard standard = standards.inForceOn(LocalDate.now());
      for (DeprivationIndicator indicator : standard.indicators()) {
        BigDecimal value = answers.get(indicator.getCode());
        if (value != null) {
          named.add(
              new Answer(
                  indicator.getCode(),
                  english ? indicator.getNameEn() : indicator.getNameVi(),
                  value));
        }
      }
    } catch (UserFacingException noStandard) {
      // no standard in force: the answers by code
    }
    answers.forEach(
        (code, value) -> {
          if (named.stream().noneMatch(answer -> answer.code().equals(code))) {
            named.add(new Answer(code, code, value));
          }
        });
    return named;
  }

  public String getRegisterAddress() {
    return TenantPages.address(unit.getCode(), "households");
  }

  public HouseholdMember.Sex[] getSexes() {
    return HouseholdMember.Sex.values();
  }

  public void addMember() {
    try {
      HouseholdMember member =
          households.addMember(
              unit.get(),
              householdId,
              record.household().getVersion(),
              new HouseholdMember.Person(
                  memberName,
                  memberBirthDate,
                  memberSex,
                  record.household().getEthnicity(),
                  memberRelation,
                  memberIdNumber,
                  memberHealthInsured,
                  "",
                  ""));
      messages.info("household.member.added", member.getFullName());
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().setKeepMessages(true);
      external.redirect(
          external.getRequestContextPath()
              + TenantPages.address(unit.getCode(), "household")
              + "?id="
              + householdId);
    } catch (UserFacingException problem) {
      messages.error(problem);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Long getHouseholdId() {
    return householdId;
  }

  public void setHouseholdId(Long householdId) {
    this.householdId = householdId;
  }

  public String getMemberName() {
    return memberName;
  }

  public void setMemberName(String memberName) {
    this.memberName = memberName;
  }

  public LocalDate getMemberBirthDate() {
    return memberBirthDate;
  }

  public void setMemberBirthDate(LocalDate memberBirthDate) {
    this.memberBirthDate = memberBirthDate;
  }

  public HouseholdMember.Sex getMemberSex() {
    return memberSex;
  }

  public void setMemberSex(HouseholdMember.Sex memberSex) {
    this.memberSex = memberSex;
  }

  public String getMemberRelation() {
    return memberRelation;
  }

  public void setMemberRelation(String memberRelation) {
    this.memberRelation = memberRelation;
  }

  public String getMemberIdNumber() {
    return memberIdNumber;
  }

  public void setMemberIdNumber(String memberIdNumber) {
    this.memberIdNumber = memberIdNumber;
  }

  public boolean isMemberHealthInsured() {
    return memberHealthInsured;
  }

  public void setMemberHealthInsured(boolean memberHealthInsured) {
    this.memberHealthInsured = memberHealthInsured;
  }
}
