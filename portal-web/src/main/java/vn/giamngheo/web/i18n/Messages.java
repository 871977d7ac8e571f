package vn.giamngheo.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The portal's texts: Vietnamese first, English for those who choose it. */
@ApplicationScoped
public class Messages {
  public static final String BUNDLE = "vn.giamngheo.web.i18n.messages";
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  /** Vietnamese unless the caller asked for English. */
  public static Locale supported(Locale requested) {
    return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
  }

  /** The language an HTTP request asked for: Vietnamese when it says nothing. */
  public static Locale of(HttpServletRequest request) {
    return request.getHeader("Accept-Language") == null
        ? VIETNAMESE
        : supported(request.getLocale());
  }

  public String get(Locale locale, String key, Object... arguments) {
    Locale supported = supported(locale);
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, supported).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, supported).format(arguments);
  }
}
