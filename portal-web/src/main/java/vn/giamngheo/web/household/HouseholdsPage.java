package vn.giamngheo.web.household;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.giamngheo.domain.household.Household;
import vn.giamngheo.domain.household.HouseholdFilter;
import vn.giamngheo.domain.household.HouseholdMember;
import vn.giamngheo.domain.household.HouseholdSummary;
import vn.giamngheo.domain.household.Households;
import vn.giamngheo.domain.household.NewHousehold;
import vn.giamngheo.domain.standard.AreaType;
import vn.giamngheo.domain.standard.DeprivationIndicator;
import vn.giamngheo.domain.standard.PovertyStandard;
import vn.giamngheo.domain.standard.PovertyStandards;
import vn.giamngheo.domain.standard.PovertyStatus;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.Units;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.i18n.LocaleSelection;
import vn.giamngheo.web.tenant.CurrentUnit;

/**
 * A commune's household register a page at a time, narrowed by village, status of a year,
 * ethnicity, deprivation and name; its own staff add households, the levels above only read.
 */
@Named
@ViewScoped
public class HouseholdsPage implements Serializable {
  private static final int PAGE_SIZE = 20;

  @Inject Households households;
  @Inject PovertyStandards standards;
  @Inject Units units;
  @Inject CurrentUnit unit;
  @Inject FacesMessages messages;
  @Inject LocaleSelection locale;

  private transient AdminUnit commune;
  private Long villageId;
  private Integer year;
  private PovertyStatus status;
  private String ethnicity;
  private String deprivation;
  private String name;
  private boolean yearChosen;
  private transient List<AdminUnit> villages;
  private transient List<Integer> years;
  private transient List<String> ethnicities;
  private transient Map<String, String> indicators;
  private final Register register = new Register();

  private Long newVillageId;
  private String newCode;
  private String newHeadName;
  private AreaType newAreaType = AreaType.RURAL;
  private String newEthnicity;
  private String newAddress;
  private HouseholdMember.Sex newHeadSex = HouseholdMember.Sex.MALE;
  private LocalDate newHeadBirthDate;
  private String newHeadIdNumber;

  /** The list's rows: one count and one page (with its members) each time the table renders. */
  public class Register extends LazyDataModel<HouseholdSummary> {
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) households.count(commune(), filter());
    }

    @Override
    public List<HouseholdSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return households.items(commune(), filter(), first / pageSize, pageSize);
    }

    @Override
    public String getRowKey(HouseholdSummary household) {
      return String.valueOf(household.id());
    }
  }

  private AdminUnit commune() {
    if (commune == null) {
      commune = unit.get();
    }
    return commune;
  }

  /** The filter as chosen; the year, until one is chosen, is the latest with statuses. */
  public HouseholdFilter filter() {
    if (!yearChosen) {
      year = households.latestYear(commune());
      yearChosen = true;
    }
    return new HouseholdFilter(villageId, year, status, ethnicity, deprivation, name);
  }

  public Register getRegister() {
    return register;
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }

  public long getTotal() {
    return register.getRowCount();
  }

  public String getTotalText() {
    return messages.text("households.total", getTotal());
  }

  /** Where the list downloads as Excel with the current filters. */
  public String getExportQuery() {
    return RegisterFilters.queryString(filter());
  }

  public boolean isEditable() {
    return households.mayEdit(commune());
  }

  public List<AdminUnit> getVillages() {
    if (villages == null) {
      villages = units.children(commune());
    }
    return villages;
  }

  public List<Integer> getYears() {
    if (years == null) {
      years = households.years(commune());
    }
    return years;
  }

  public List<String> getEthnicities() {
    if (ethnicities == null) {
      ethnicities = households.ethnicities(commune());
    }
    return ethnicities;
  }

  public PovertyStatus[] getStatuses() {
    return PovertyStatus.values();
  }

  public AreaType[] getAreaTypes() {
    return AreaType.values();
  }

  public HouseholdMember.Sex[] getSexes() {
    return HouseholdMember.Sex.values();
  }

  /** The deprivation indicators of the province's standards, by code, named in the language. */
  public Map<String, String> getIndicators() {
    if (indicators == null) {
      indicators = new LinkedHashMap<>();
      boolean english = "en".equals(locale.getLanguage());
      for (PovertyStandard standard : standards.all()) {
        for (DeprivationIndicator indicator : standard.indicators()) {
          indicators.putIfAbsent(
              indicator.getCode(), english ? indicator.getNameEn() : indicator.getNameVi());
        }
      }
    }
    return indicators;
  }

  public List<String> getIndicatorCodes() {
    return new ArrayList<>(getIndicators().keySet());
  }

  public String indicatorName(String code) {
    return getIndicators().getOrDefault(code, code);
  }

  /** Shows the first page of what the filter now finds. */
  public void search() {
    UIComponent table =
        FacesContext.getCurrentInstance().getViewRoot().findComponent("register:households");
    if (table instanceof DataTable dataTable) {
      dataTable.setFirst(0);
    }
  }

  public void add() {
    try {
      List<HouseholdMember.Person> members =
          List.of(
              new HouseholdMember.Person(
                  newHeadName,
                  newHeadBirthDate,
                  newHeadSex,
                  newEthnicity,
                  messages.text("households.head"),
                  newHeadIdNumber,
                  false,
                  "",
                  ""));
      Household added =
          households.add(
              commune(),
              new NewHousehold(
                  newVillageId == null ? 0 : newVillageId,
                  newCode,
                  newHeadName,
                  newAreaType,
                  newEthnicity,
                  newAddress,
                  LocalDate.now(),
                  members));
      messages.info("households.added", added.getCode());
      newCode = null;
      newHeadName = null;
      newHeadIdNumber = null;
      newHeadBirthDate = null;
      newAddress = null;
      ethnicities = null;
    } catch (UserFacingException problem) {
      messages.error(problem);
    }
  }

  public Long getVillageId() {
    return villageId;
  }

  public void setVillageId(Long villageId) {
    this.villageId = villageId;
  }

  public Integer getYear() {
    filter();
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
    this.yearChosen = true;
  }

  public PovertyStatus getStatus() {
    return status;
  }

  public void setStatus(PovertyStatus status) {
    this.status = status;
  }

  public String getEthnicity() {
    return ethnicity;
  }

  public void setEthnicity(String ethnicity) {
    this.ethnicity = ethnicity;
  }

  public String getDeprivation() {
    return deprivation;
  }

  public void setDeprivation(String deprivation) {
    this.deprivation = deprivation;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getNewVillageId() {
    return newVillageId;
  }

  public void setNewVillageId(Long newVillageId) {
    this.newVillageId = newVillageId;
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }

  public String getNewHeadName() {
    return newHeadName;
  }

  public void setNewHeadName(String newHeadName) {
    this.newHeadName = newHeadName;
  }

  public AreaType getNewAreaType() {
    return newAreaType;
  }

  public void setNewAreaType(AreaType newAreaType) {
    this.newAreaType = newAreaType;
  }

  public String getNewEthnicity() {
    return newEthnicity;
  }

  public void setNewEthnicity(String newEthnicity) {
    this.newEthnicity = newEthnicity;
  }

  public String getNewAddress() {
    return newAddress;
  }

  public void setNewAddress(String newAddress) {
    this.newAddress = newAddress;
  }

  public HouseholdMember.Sex getNewHeadSex() {
    return newHeadSex;
  }

  public void setNewHeadSex(HouseholdMember.Sex newHeadSex) {
    this.newHeadSex = newHeadSex;
  }

  public LocalDate getNewHeadBirthDate() {
    return newHeadBirthDate;
  }

  public void setNewHeadBirthDate(LocalDate newHeadBirthDate) {
    this.newHeadBirthDate = newHeadBirthDate;
  }

  public String getNewHeadIdNumber() {
    return newHeadIdNumber;
  }

  public void setNewHeadIdNumber(String newHeadIdNumber) {
    this.newHeadIdNumber = newHeadIdNumber;
  }
}
