package vn.giamngheo.domain.importing;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text compared as people mean it: without diacritics, case or extra spaces ("Thôn 1" = "thon 1").
 */
final class Folding {
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private Folding() {}

  static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
    String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}
