package vn.giamngheo.domain.importing;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text compared as people mean it: without diacritics, case or extra spaces ("Thôn 1" = "thon 1").
 */
final class Folding {
  private Folding() {}

  static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
    return decomposed
        .replaceAll("\\p{M}+", "")
        .replace('đ', 'd')
        .replace('Đ', 'D')
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ");
  }
}
