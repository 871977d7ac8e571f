package vn.giamngheo.web.template;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import vn.giamngheo.domain.plan.OutlineSection;
import vn.giamngheo.domain.plan.PlanTemplate;
import vn.giamngheo.domain.plan.PlanTemplates;
import vn.giamngheo.domain.plan.TemplateOutline;
import vn.giamngheo.domain.program.Programs;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.security.CurrentUser;
import vn.giamngheo.web.tenant.CurrentUnit;
import vn.giamngheo.web.tenant.TenantPages;

/**
 * The plan template of the program a unit works under, version by version. The province
 * administrator drafts a new version, renames, rewrites, adds, moves and removes its sections,
 * marks the required ones, and publishes it.
 */
@Named
@ViewScoped
public class PlanTemplatesPage implements Serializable {
  @Inject PlanTemplates templates;
  @Inject Programs programs;
  @Inject CurrentUser user;
  @Inject CurrentUnit unit;
  @Inject FacesMessages messages;

  /** Where the section being written goes: in place of one, after one, or inside one. */
  public enum Placement {
    EDIT,
    AFTER,
    INSIDE
  }

  private Long templateId;
  private transient List<PlanTemplate> versions;
  private transient PlanTemplate selected;
  private String editingPath;
  private Placement placement;
  private String title;
  private String text;
  private boolean required;

  /** The template versions of the newest program the unit works under. */
  public List<PlanTemplate> getVersions() {
    if (versions == null) {
      versions =
          programs.visible().stream()
              .findFirst()
              .map(program -> templates.of(program.getId()))
              .orElse(List.of());
    }
    return versions;
  }

  public PlanTemplate getSelected() {
    if (selected == null) {
      if (templateId == null && !getVersions().isEmpty()) {
        templateId = getVersions().get(0).getId();
      }
      selected = templateId == null ? null : templates.find(templateId).orElse(null);
    }
    return selected;
  }

  public List<TemplateOutline.Row> getRows() {
    return getSelected() == null ? List.of() : getSelected().outline().rows();
  }

  /** The province administrator of the province that owns the selected template. */
  public boolean isOwner() {
    return user.isProvinceAdmin()
        && getSelected() != null
        && getSelected().getUnitId() == user.required().unitId();
  }

  public boolean isEditable() {
    return isOwner() && getSelected().isEditable();
  }

  public void edit(String path) {
    OutlineSection section = outline().row(path).section();
    open(path, Placement.EDIT);
    title = section.title();
    text = String.join("\n", section.paragraphs());
    required = section.required();
  }

  public void addAfter(String path) {
    open(path, Placement.AFTER);
  }

  public void addInside(String path) {
    open(path, Placement.INSIDE);
  }

  private void open(String path, Placement where) {
    editingPath = path;
    placement = where;
    title = "";
    text = "";
    required = false;
  }

  public void cancel() {
    editingPath = null;
  }

  public void save() {
    List<String> paragraphs = text == null ? List.of() : Arrays.asList(text.split("\\R"));
    change(
        () ->
            switch (placement) {
              case EDIT ->
                  outline().replace(editingPath, s -> s.rewritten(title, paragraphs, required));
              case AFTER ->
                  outline()
                      .insertAfter(editingPath, OutlineSection.text(title, paragraphs, required));
              case INSIDE ->
                  outline()
                      .insertInto(editingPath, OutlineSection.text(title, paragraphs, required));
            });
  }

  public void moveUp(String path) {
    change(() -> outline().move(path, -1));
  }

  public void moveDown(String path) {
    change(() -> outline().move(path, 1));
  }

  public void remove(String path) {
    change(() -> outline().remove(path));
  }

  /** Saves the changed sections; refused, nothing is saved and the form stays open to correct. */
  private void change(Supplier<TemplateOutline> changed) {
    try {
      selected = templates.rewrite(templateId, changed.get());
      editingPath = null;
      messages.info("template.saved");
    } catch (UserFacingException problem) {
      selected = null;
      messages.error(problem);
    }
  }

  private TemplateOutline outline() {
    return getSelected().outline();
  }

  public void draftNextVersion() throws IOException {
    try {
      PlanTemplate draft = templates.draftNextVersion(templateId);
      messages.info("template.versionDrafted", draft.getVersion());
      show(draft.getId());
    } catch (UserFacingException problem) {
      messages.error(problem);
    }
  }

  public void publish() {
    try {
      selected = templates.publish(templateId);
      versions = null;
      messages.info("template.publishedNow", selected.getVersion());
    } catch (UserFacingException problem) {
      messages.error(problem);
    }
  }

  private void show(long id) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces
        .getExternalContext()
        .redirect(
            faces.getExternalContext().getRequestContextPath()
                + TenantPages.address(unit.getCode(), "templates")
                + "?id="
                + id);
  }

  public Long getTemplateId() {
    return templateId;
  }

  public void setTemplateId(Long templateId) {
    this.templateId = templateId;
  }

  public String getEditingPath() {
    return editingPath;
  }

  /** "III. KINH PHÍ THỰC HIỆN": the section being edited, as numbered now. */
  public String getEditingHeading() {
    return outline().row(editingPath).heading();
  }

  public Placement getPlacement() {
    return placement;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }
}
