package vn.giamngheo.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import vn.giamngheo.tenancy.UserFacingException;

/** Shows messages from the bundles on the current page, in the user's language. */
@RequestScoped
public class FacesMessages {
  @Inject Messages messages;
  @Inject LocaleSelection locale;

  public void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  public void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, key, arguments);
  }

  /** A message's text in the user's language, for showing beside a field. */
  public String text(String key, Object... arguments) {
    return messages.get(locale.getLocale(), key, arguments);
  }

  public void error(UserFacingException problem) {
    error(problem.messageKey(), problem.arguments());
  }

  private void add(FacesMessage.Severity severity, String key, Object... arguments) {
    String text = messages.get(locale.getLocale(), key, arguments);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
