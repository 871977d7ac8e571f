package vn.giamngheo.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Texts with values for pages, formatted in the user's language ({@code 1.234} in Vietnamese):
 * {@code #{texts.format('dashboard.villages', count)}}.
 */
@Named
@RequestScoped
public class Texts {
  @Inject Messages messages;
  @Inject LocaleSelection locale;

  public String format(String key, Object value) {
    return messages.get(locale.getLocale(), key, value);
  }

  public String format(String key, Object first, Object second) {
    return messages.get(locale.getLocale(), key, first, second);
  }
}
