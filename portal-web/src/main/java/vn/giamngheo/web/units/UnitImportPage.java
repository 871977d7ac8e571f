package vn.giamngheo.web.units;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.primefaces.model.file.UploadedFile;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.tenancy.unit.ImportSummary;
import vn.giamngheo.tenancy.unit.UnitImporter;
import vn.giamngheo.web.i18n.FacesMessages;
import vn.giamngheo.web.tenant.CurrentUnit;

/** The province administrator loads the statistics office's list of units for the province. */
@Named
@RequestScoped
public class UnitImportPage {
  @Inject CurrentUnit unit;
  @Inject UnitImporter importer;
  @Inject FacesMessages messages;

  private UploadedFile file;
  private LocalDate validFrom = LocalDate.of(2021, 1, 1);

  public void importUnits() {
    if (file == null || file.getSize() == 0) {
      messages.error("units.import.fileMissing");
      return;
    }
    try (InputStream json = file.getInputStream()) {
      ImportSummary summary = importer.importProvince(json, unit.getCode(), validFrom);
      messages.info(
          "units.import.done",
          summary.provinceName(),
          summary.districts(),
          summary.communes(),
          summary.created(),
          summary.renamed());
    } catch (UserFacingException problem) {
      messages.error(problem);
    } catch (IOException e) {
      messages.error("units.import.notUnitList");
    }
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }
}
