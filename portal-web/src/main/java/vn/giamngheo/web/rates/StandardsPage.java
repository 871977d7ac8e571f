package vn.giamngheo.web.rates;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.domain.standard.DeprivationIndicator;
import vn.giamngheo.domain.standard.DeprivedWhen;
import vn.giamngheo.domain.standard.PovertyDimension;
import vn.giamngheo.domain.standard.PovertyStandard;
import vn.giamngheo.domain.standard.PovertyStandards;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.scope.Role;
import vn.giamngheo.tenancy.unit.UnitLevel;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.i18n.LocaleSelection;
import vn.giamngheo.web.security.CurrentUser;
import vn.giamngheo.web.tenant.CurrentUnit;

/**
 * The page "Chuẩn nghèo": the province's poverty standards with their validity, lines and
 * indicators. The province's administrators change them here; everyone else reads them.
 */
@Named
@ViewScoped
public class StandardsPage implements Serializable {
  @Inject CurrentUnit unit;
  @Inject CurrentUser user;
  @Inject PovertyStandards standards;
  @Inject FacesMessages messages;
  @Inject LocaleSelection locale;

  private List<StandardForm> forms;

  /** What the page edits of one standard. */
  public static class StandardForm implements Serializable {
    private final long id;
    private int version;
    private final String code;
    private String name;
    private String legalBasis;
    private LocalDate validFrom;
    private LocalDate validTo;
    private Long ruralPovertyLine;
    private Long urbanPovertyLine;
    private Long ruralAverageLine;
    private Long urbanAverageLine;
    private Integer poorMinDeprivations;
    private final List<IndicatorForm> indicators = new ArrayList<>();

    StandardForm(PovertyStandard standard, boolean vietnamese) {
      id = standard.getId();
      version = standard.getVersion();
      code = standard.getCode();
      PovertyStandard.Rules rules = standard.rules();
      name = rules.name();
      legalBasis = rules.legalBasis();
      validFrom = rules.validFrom();
      validTo = rules.validTo();
      ruralPovertyLine = rules.ruralPovertyLine();
      urbanPovertyLine = rules.urbanPovertyLine();
      ruralAverageLine = rules.ruralAverageLine();
      urbanAverageLine = rules.urbanAverageLine();
      poorMinDeprivations = rules.poorMinDeprivations();
      for (PovertyDimension dimension : standard.getDimensions()) {
        for (DeprivationIndicator indicator : dimension.getIndicators()) {
          indicators.add(
              new IndicatorForm(
                  indicator.getCode(),
                  vietnamese ? dimension.getNameVi() : dimension.getNameEn(),
                  vietnamese ? indicator.getNameVi() : indicator.getNameEn(),
                  vietnamese ? indicator.getQuestionVi() : indicator.getQuestionEn(),
                  indicator.getAnswerKind().name(),
                  indicator.getComparator(),
                  indicator.getThreshold()));
        }
      }
    }

    PovertyStandard.Rules rules() {
      return new PovertyStandard.Rules(
          name,
          legalBasis,
          validFrom,
          validTo,
          ruralPovertyLine == null ? 0 : ruralPovertyLine,
          urbanPovertyLine == null ? 0 : urbanPovertyLine,
          ruralAverageLine == null ? 0 : ruralAverageLine,
          urbanAverageLine == null ? 0 : urbanAverageLine,
          poorMinDeprivations == null ? 0 : poorMinDeprivations);
    }

    public long getId() {
      return id;
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getLegalBasis() {
      return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
      this.legalBasis = legalBasis;
    }

    public LocalDate getValidFrom() {
      return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
      this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
      return validTo;
    }

    public void setValidTo(LocalDate validTo) {
      this.validTo = validTo;
    }

    public Long getRuralPovertyLine() {
      return ruralPovertyLine;
    }

    public void setRuralPovertyLine(Long value) {
      this.ruralPovertyLine = value;
    }

    public Long getUrbanPovertyLine() {
      return urbanPovertyLine;
    }

    public void setUrbanPovertyLine(Long value) {
      this.urbanPovertyLine = value;
    }

    public Long getRuralAverageLine() {
      return ruralAverageLine;
    }

    public void setRuralAverageLine(Long value) {
      this.ruralAverageLine = value;
    }

    public Long getUrbanAverageLine() {
      return urbanAverageLine;
    }

    public void setUrbanAverageLine(Long value) {
      this.urbanAverageLine = value;
    }

    public Integer getPoorMinDeprivations() {
      return poorMinDeprivations;
    }

    public void setPoorMinDeprivations(Integer value) {
      this.poorMinDeprivations = value;
    }

    public List<IndicatorForm> getIndicators() {
      return indicators;
    }
  }

  /** One indicator's rule as the page edits it. */
  public static class IndicatorForm implements Serializable {
    private final String code;
    private final String dimension;
    private final String name;
    private final String question;
    private final String answerKind;
    private DeprivedWhen comparator;
    private BigDecimal threshold;

    IndicatorForm(
        String code,
        String dimension,
        String name,
        String question,
        String answerKind,
        DeprivedWhen comparator,
        BigDecimal threshold) {
      this.code = code;
      this.dimension = dimension;
      this.name = name;
      this.question = question;
      this.answerKind = answerKind;
      this.comparator = comparator;
      this.threshold = threshold;
    }

    public String getCode() {
      return code;
    }

    public String getDimension() {
      return dimension;
    }

    public String getName() {
      return name;
    }

    public String getQuestion() {
      return question;
    }

    public String getAnswerKind() {
      return answerKind;
    }

    public DeprivedWhen getComparator() {
      return comparator;
    }

    public void setComparator(DeprivedWhen comparator) {
      this.comparator = comparator;
    }

    public BigDecimal getThreshold() {
      return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
      this.threshold = threshold;
    }
  }

  public List<StandardForm> getStandards() {
    if (forms == null) {
      boolean vietnamese = !"en".equals(locale.getLanguage());
      forms = standards.all().stream().map(s -> new StandardForm(s, vietnamese)).toList();
    }
    return forms;
  }

  public DeprivedWhen[] getComparators() {
    return DeprivedWhen.values();
  }

  /** Only the province's administrators, at the province's own pages, change the standards. */
  public boolean isEditable() {
    return user.has(Role.PROVINCE_ADMIN)
        && unit.get().isAt(UnitLevel.PROVINCE)
        && user.required().unitId() == unit.get().getId();
  }

  public void save(StandardForm form) {
    act(() -> standards.change(form.id, form.version, form.rules()), "rates.standard.saved");
  }

  public void saveRule(StandardForm form, IndicatorForm indicator) {
    act(
        () -> {
          if (indicator.comparator == null || indicator.threshold == null) {
            throw new UserFacingException("rates.standard.ruleMissing", indicator.code);
          }
          standards.changeRule(
              form.id, form.version, indicator.code, indicator.comparator, indicator.threshold);
        },
        "rates.standard.ruleSaved");
  }

  private void act(Runnable step, String doneKey) {
    if (!isEditable()) {
      messages.error("standard.provinceOnly");
      return;
    }
    try {
      step.run();
      messages.info(doneKey);
      forms = null;
    } catch (UserFacingException problem) {
      messages.error(problem);
    } catch (RuntimeException failed) {
      for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
        if (cause instanceof UserFacingException problem) {
          messages.error(problem);
          return;
        }
        if (cause instanceof OptimisticLockException) {
          messages.error("rates.standard.changedMeanwhile");
          forms = null;
          return;
        }
      }
      throw failed;
    }
  }
}
