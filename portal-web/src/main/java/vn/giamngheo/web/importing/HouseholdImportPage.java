package vn.giamngheo.web.importing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.file.UploadedFile;
import vn.giamngheo.domain.importing.SpreadsheetReader;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.security.CurrentUser;
import vn.giamngheo.web.tenant.CurrentUnit;

/**
 * Page "Nhập sổ hộ từ Excel": the template, the upload, the import's progress while it runs, then
 * the count imported or the problems by row and column.
 */
@Named
@ViewScoped
public class HouseholdImportPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CurrentUnit unit;
  @Inject CurrentUser user;
  @Inject transient ImportJobs jobs;
  @Inject transient FacesMessages messages;

  private transient UploadedFile file;
  private String jobId;
  private long unitId;

  /** A problem as the table shows it: the row (blank for the file), column and message. */
  public record Problem(String row, String column, String message) implements Serializable {}

  public void upload() {
    if (file == null || file.getSize() == 0) {
      messages.error("import.file.empty");
      return;
    }
    if (file.getSize() > SpreadsheetReader.MAX_BYTES) {
      messages.error("import.file.tooLarge", SpreadsheetReader.MAX_BYTES / (1024 * 1024));
      return;
    }
    unitId = unit.get().getId();
    jobId = jobs.start(user.required(), unit.get(), file.getContent()).getId();
  }

  public Optional<ImportJob> job() {
    return jobs.find(jobId, unitId);
  }

  public ImportJob getJob() {
    return job().orElse(null);
  }

  public boolean isRunning() {
    return job().map(ImportJob::isRunning).orElse(false);
  }

  public boolean isDone() {
    return job().map(j -> j.getState() == ImportJob.State.DONE).orElse(false);
  }

  public int getPercent() {
    return job().map(ImportJob::getPercent).orElse(0);
  }

  public String getStatus() {
    return job()
        .map(
            j ->
                messages.text(
                    "import.state." + j.getState().name(),
                    j.getRowsChecked(),
                    j.getRows(),
                    j.getImported(),
                    j.getPeople(),
                    j.getErrors().size()))
        .orElse("");
  }

  public List<Problem> getProblems() {
    return job().map(ImportJob::getErrors).orElse(List.of()).stream()
        .map(
            e ->
                new Problem(
                    e.row() == 0 ? "" : String.valueOf(e.row()),
                    e.column(),
                    messages.text(e.messageKey(), e.args())))
        .toList();
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
