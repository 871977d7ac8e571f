package vn.giamngheo.domain.standard;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** Deprivation answers as the register stores them: a JSON object of indicator code to number. */
public final class AnswersJson {
  /**
   * Looked up once: {@code Json.createReader} and friends look the provider up with a ServiceLoader
   * on every call, which cost more than the parsing when thousands of answers are read at once.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private AnswersJson() {}

  public static Map<String, BigDecimal> parse(String json) {
    Map<String, BigDecimal> answers = new TreeMap<>();
    if (json == null || json.isBlank()) {
      return answers;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      object.forEach((code, value) -> answers.put(code, ((JsonNumber) value).bigDecimalValue()));
    }
    return answers;
  }

  public static String format(Map<String, BigDecimal> answers) {
    JsonObjectBuilder object = JSON.createObjectBuilder();
    new TreeMap<>(answers).forEach(object::add);
    return object.build().toString();
  }
}
