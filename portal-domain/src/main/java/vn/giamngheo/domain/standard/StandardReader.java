package vn.giamngheo.domain.standard;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.time.LocalDate;

/** Reads a poverty standard the province ships as JSON. */
public final class StandardReader {
  public static final String STANDARD_2022_2025 = "/standards/chuan-ngheo-2022-2025.json";
  public static final String STANDARD_2027_2030 = "/standards/chuan-ngheo-2027-2030.json";

  private StandardReader() {}

  public static PovertyStandard read(long provinceId, InputStream json) {
    try (JsonReader reader = Json.createReader(json)) {
      JsonObject source = reader.readObject();
      JsonObject rural = source.getJsonObject("lines").getJsonObject(AreaType.RURAL.name());
      JsonObject urban = source.getJsonObject("lines").getJsonObject(AreaType.URBAN.name());
      PovertyStandard standard =
          new PovertyStandard(
              provinceId,
              source.getString("code"),
              new PovertyStandard.Rules(
                  source.getString("name"),
                  source.getString("legalBasis", ""),
                  LocalDate.parse(source.getString("validFrom")),
                  source.isNull("validTo") ? null : LocalDate.parse(source.getString("validTo")),
                  rural.getJsonNumber("poverty").longValueExact(),
                  urban.getJsonNumber("poverty").longValueExact(),
                  rural.getJsonNumber("average").longValueExact(),
                  urban.getJsonNumber("average").longValueExact(),
                  source.getInt("poorMinDeprivations")));
      for (JsonObject d : source.getJsonArray("dimensions").getValuesAs(JsonObject.class)) {
        PovertyDimension dimension =
            standard.addDimension(
                d.getString("code"), d.getString("nameVi"), d.getString("nameEn"));
        for (JsonObject i : d.getJsonArray("indicators").getValuesAs(JsonObject.class)) {
          dimension.addIndicator(
              i.getString("code"),
              new DeprivationIndicator.Texts(
                  i.getString("nameVi"),
                  i.getString("nameEn"),
                  i.getString("questionVi"),
                  i.getString("questionEn")),
              AnswerKind.valueOf(i.getString("answerKind")),
              DeprivedWhen.valueOf(i.getString("deprivedWhen")),
              i.getJsonNumber("threshold").bigDecimalValue());
        }
      }
      return standard;
    }
  }
}
