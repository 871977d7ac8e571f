package vn.giamngheo.web.program;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import vn.giamngheo.domain.program.Program;
import vn.giamngheo.domain.program.ProgramComponent;
import vn.giamngheo.domain.program.ProgramStatus;
import vn.giamngheo.domain.program.Programs;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.security.CurrentUser;
import vn.giamngheo.web.tenant.CurrentUnit;
import vn.giamngheo.web.tenant.TenantPages;

/**
 * The programs a unit works under. The province administrator also drafts a new version, rewrites
 * its components, and publishes it.
 */
@Named
@ViewScoped
public class ProgramsPage implements Serializable {
  @Inject Programs programs;
  @Inject CurrentUser user;
  @Inject FacesMessages messages;
  @Inject CurrentUnit unit;

  private Long programId;
  private transient Program selected;
  private transient List<Program> visible;
  private String editingCode;
  private String objective;
  private String activities;
  private String targetGroups;

  public List<Program> getPrograms() {
    if (visible == null) {
      visible = programs.visible();
    }
    return visible;
  }

  public Program getSelected() {
    if (selected == null) {
      if (programId == null && !getPrograms().isEmpty()) {
        programId = getPrograms().get(0).getId();
      }
      selected = programId == null ? null : programs.find(programId).orElse(null);
    }
    return selected;
  }

  /** The province administrator of the province that owns the selected program. */
  public boolean isOwner() {
    return user.isProvinceAdmin()
        && getSelected() != null
        && getSelected().getUnitId() == user.required().unitId();
  }

  public boolean isEditable() {
    return isOwner() && getSelected().getStatus() == ProgramStatus.DRAFT;
  }

  public void edit(ProgramComponent component) {
    editingCode = component.getCode();
    objective = component.getObjective();
    activities = String.join("\n", component.getActivities());
    targetGroups = component.getTargetGroups();
  }

  public void save() {
    try {
      selected =
          programs.describeComponent(
              programId,
              editingCode,
              objective,
              activities == null ? List.of() : Arrays.asList(activities.split("\\R")),
              targetGroups);
      messages.info("program.saved", editingCode);
      editingCode = null;
    } catch (UserFacingException problem) {
      messages.error(problem);
    }
  }

  public void draftNextVersion() throws IOException {
    try {
      Program draft = programs.draftNextVersion(programId);
      messages.info("program.versionDrafted", draft.getVersion());
      show(draft.getId());
    } catch (UserFacingException problem) {
      messages.error(problem);
    }
  }

  public void publish() {
    try {
      selected = programs.publish(programId);
      visible = null;
      messages.info("program.publishedNow", selected.getVersion());
    } catch (UserFacingException problem) {
      messages.error(problem);
    }
  }

  private void show(long id) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    String page =
        faces.getExternalContext().getRequestContextPath()
            + TenantPages.address(unit.getCode(), "programs")
            + "?id="
            + id;
    faces.getExternalContext().redirect(page);
  }

  public Long getProgramId() {
    return programId;
  }

  public void setProgramId(Long programId) {
    this.programId = programId;
  }

  public String getEditingCode() {
    return editingCode;
  }

  public String getObjective() {
    return objective;
  }

  public void setObjective(String objective) {
    this.objective = objective;
  }

  public String getActivities() {
    return activities;
  }

  public void setActivities(String activities) {
    this.activities = activities;
  }

  public String getTargetGroups() {
    return targetGroups;
  }

  public void setTargetGroups(String targetGroups) {
    this.targetGroups = targetGroups;
  }
}
