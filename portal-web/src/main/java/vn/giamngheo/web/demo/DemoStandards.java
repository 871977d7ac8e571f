package vn.giamngheo.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import vn.giamngheo.domain.standard.PovertyStandards;
import vn.giamngheo.domain.standard.StandardReader;
import vn.giamngheo.tenancy.unit.AdminUnit;
import vn.giamngheo.tenancy.unit.Units;

/** The province's poverty standards of 2022–2025 and 2027–2030, as shipped, when it has none. */
@ApplicationScoped
public class DemoStandards {
  static final List<String> SEEDS =
      List.of(StandardReader.STANDARD_2022_2025, StandardReader.STANDARD_2027_2030);

  @Inject Units units;
  @Inject PovertyStandards standards;

  void load() {
    if (!standards.all().isEmpty()) {
      return;
    }
    AdminUnit province = units.findByCode(DemoData.PROVINCE).orElseThrow();
    for (String seed : SEEDS) {
      try (InputStream json = DemoStandards.class.getResourceAsStream(seed)) {
        standards.add(province, StandardReader.read(province.getId(), json));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
