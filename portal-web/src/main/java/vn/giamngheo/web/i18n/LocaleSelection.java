package vn.giamngheo.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language the user reads the portal in; Vietnamese until they switch. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {
  private Locale locale = Messages.VIETNAMESE;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  public void switchTo(String language) {
    locale = Messages.supported(Locale.forLanguageTag(language));
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }
}
