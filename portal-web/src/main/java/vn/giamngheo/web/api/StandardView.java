package vn.giamngheo.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.giamngheo.domain.standard.AreaType;
import vn.giamngheo.domain.standard.PovertyStandard;

/** A poverty standard: validity, lines (VND per person per month), dimensions and indicators. */
public record StandardView(
    long id,
    String code,
    String name,
    String legalBasis,
    LocalDate validFrom,
    LocalDate validTo,
    Lines rural,
    Lines urban,
    int poorMinDeprivations,
    List<Dimension> dimensions) {

  public record Lines(long poverty, long average) {}

  public record Dimension(String code, String nameVi, String nameEn, List<Indicator> indicators) {}

  public record Indicator(
      String code,
      String nameVi,
      String nameEn,
      String answerKind,
      String comparator,
      BigDecimal threshold) {}

  static StandardView of(PovertyStandard standard) {
    return new StandardView(
        standard.getId(),
        standard.getCode(),
        standard.getName(),
        standard.getLegalBasis(),
        standard.getValidFrom(),
        standard.getValidTo(),
        new Lines(standard.povertyLine(AreaType.RURAL), standard.averageLine(AreaType.RURAL)),
        new Lines(standard.povertyLine(AreaType.URBAN), standard.averageLine(AreaType.URBAN)),
        standard.getPoorMinDeprivations(),
        standard.getDimensions().stream()
            .map(
                d ->
                    new Dimension(
                        d.getCode(),
                        d.getNameVi(),
                        d.getNameEn(),
                        d.getIndicators().stream()
                            .map(
                                i ->
                                    new Indicator(
                                        i.getCode(),
                                        i.getNameVi(),
                                        i.getNameEn(),
                                        i.getAnswerKind().name(),
                                        i.getComparator().name(),
                                        i.getThreshold()))
                            .toList()))
            .toList());
  }
}
