package vn.giamngheo.web.plan;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.giamngheo.domain.plan.Plan;
import vn.giamngheo.domain.plan.PlanComponent;
import vn.giamngheo.domain.plan.PlanEvent;
import vn.giamngheo.domain.plan.PlanSection;
import vn.giamngheo.domain.plan.PlanStatus;
import vn.giamngheo.domain.plan.Plans;
import vn.giamngheo.domain.plan.StaffPosition;
import vn.giamngheo.domain.plan.UpstreamChange;
import vn.giamngheo.domain.task.ComponentProgress;
import vn.giamngheo.domain.task.Tasks;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.scope.Role;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.Units;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.security.CurrentUser;
import vn.giamngheo.web.tenant.CurrentUnit;
import vn.giamngheo.web.tenant.TenantPages;

/**
 * One plan: read by everyone who may see it; drafted, submitted, returned, issued and amended by
 * the unit that owns it, each step by the role that takes it.
 */
@Named
@ViewScoped
public class PlanPage implements Serializable {
  @Inject Plans plans;
  @Inject Tasks tasks;
  @Inject Units units;
  @Inject CurrentUser user;
  @Inject CurrentUnit unit;
  @Inject FacesMessages messages;

  private Long planId;
  private transient Plan plan;
  private transient AdminUnit owner;
  private transient List<ComponentProgress> progress;
  private transient List<PlanEvent> history;
  private transient List<UpstreamChange> upstream;
  private Long editingSectionId;
  private String assigningCode;
  private Long leadId;
  private List<Long> partnerIds = new ArrayList<>();
  private LocalDate deadline;
  private String assignment;
  private String sectionText;
  private String comment;
  private String number;
  private LocalDate issuedOn = LocalDate.now();

  public Plan getPlan() {
    if (plan == null && planId != null) {
      plan = plans.find(planId).orElse(null);
    }
    return plan;
  }

  /** The unit that issued the plan: this unit, one below it, or one above it. */
  public AdminUnit getOwner() {
    if (owner == null && getPlan() != null) {
      owner = units.byId(getPlan().getUnitId());
    }
    return owner;
  }

  /** Its workflow and tasks are the business of the owner and the levels above it only. */
  public boolean isInScope() {
    return getOwner() != null && user.isSignedIn() && user.required().scope().canRead(getOwner());
  }

  public List<ComponentProgress> getProgress() {
    if (progress == null) {
      progress = isInScope() ? tasks.progressOf(planId) : List.of();
    }
    return progress;
  }

  public List<UpstreamChange> getUpstreamChanges() {
    if (upstream == null) {
      upstream = isCanDraft() ? plans.upstreamChanges(planId) : List.of();
    }
    return upstream;
  }

  public void take(String key) {
    act(() -> plans.resolveUpstream(planId, key, true), "plan.upstreamTaken");
  }

  public void keep(String key) {
    act(() -> plans.resolveUpstream(planId, key, false), "plan.upstreamKept");
  }

  public List<PlanEvent> getHistory() {
    if (history == null) {
      history = isInScope() ? plans.history(planId) : List.of();
    }
    return history;
  }

  /** The signed-in user works for the unit that owns the plan. */
  private boolean ownUnit() {
    return getPlan() != null
        && user.isSignedIn()
        && user.required().unitId() == getPlan().getUnitId();
  }

  private boolean leader() {
    return user.has(Role.COMMUNE_LEADER)
        || user.has(Role.DISTRICT_OFFICER)
        || user.has(Role.PROVINCE_ADMIN);
  }

  public boolean isCanDraft() {
    return ownUnit() && getPlan().isEditable();
  }

  public boolean isCanSubmit() {
    return isCanDraft();
  }

  public boolean isCanDecide() {
    return ownUnit() && leader() && getPlan().getStatus() == PlanStatus.SUBMITTED;
  }

  public boolean isCanAmend() {
    return ownUnit() && getPlan().getStatus() == PlanStatus.ISSUED;
  }

  public void editAssignment(PlanComponent component) {
    assigningCode = component.getComponentCode();
    leadId = component.getLead() == null ? null : component.getLead().getId();
    partnerIds =
        new ArrayList<>(component.getPartners().stream().map(StaffPosition::getId).toList());
    deadline = component.getDeadline();
    assignment = component.getAssignment();
  }

  public void saveAssignment() {
    act(
        () -> plans.assign(planId, assigningCode, leadId, partnerIds, deadline, assignment),
        "plan.saved");
  }

  public List<StaffPosition> getPositions() {
    return plans.positionsOf(getOwner());
  }

  public void editSection(PlanSection section) {
    editingSectionId = section.getId();
    sectionText = section.getText().getHtml();
  }

  /** Saves the editor's HTML; the plan service cleans it. */
  public void saveSection() {
    act(() -> plans.rewriteSection(planId, editingSectionId, sectionText), "plan.saved");
  }

  public void submit() {
    act(() -> plans.submit(planId), "plan.submitted");
  }

  public void returnForChanges() {
    act(() -> plans.returnForChanges(planId, comment), "plan.returned");
  }

  public void issue() {
    act(() -> plans.issue(planId, number, issuedOn), "plan.issued");
  }

  public void amend() {
    try {
      Plan amendment = plans.amend(planId);
      show(amendment, "plan.amendmentCreated", amendment.getVersion());
    } catch (UserFacingException problem) {
      messages.error(problem);
    }
  }

  /** Takes a step; done, shows the plan afresh at its own address (safe to reload). */
  private void act(Supplier<Plan> step, String doneKey) {
    try {
      show(step.get(), doneKey);
    } catch (UserFacingException problem) {
      messages.error(problem);
    }
  }

  private void show(Plan shown, String doneKey, Object... arguments) {
    messages.info(doneKey, arguments);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    try {
      external.redirect(
          external.getRequestContextPath()
              + TenantPages.address(unit.getCode(), "plan")
              + "?id="
              + shown.getId());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the plan downloads as {@code docx} or {@code pdf}. */
  public String documentUrl(String extension) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + TenantPages.address(unit.getCode(), "plan." + extension)
        + "?id="
        + planId;
  }

  public String getAssigningCode() {
    return assigningCode;
  }

  public Long getLeadId() {
    return leadId;
  }

  public void setLeadId(Long leadId) {
    this.leadId = leadId;
  }

  public List<Long> getPartnerIds() {
    return partnerIds;
  }

  public void setPartnerIds(List<Long> partnerIds) {
    this.partnerIds = partnerIds == null ? new ArrayList<>() : partnerIds;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public String getAssignment() {
    return assignment;
  }

  public void setAssignment(String assignment) {
    this.assignment = assignment;
  }

  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }

  public Long getEditingSectionId() {
    return editingSectionId;
  }

  public String getSectionText() {
    return sectionText;
  }

  public void setSectionText(String sectionText) {
    this.sectionText = sectionText;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public void setIssuedOn(LocalDate issuedOn) {
    this.issuedOn = issuedOn;
  }
}
