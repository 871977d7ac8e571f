package vn.giamngheo.web.errors;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form whose view state is unknown — expired with its session, or forged by another site — is not
 * processed: the user is sent back to the same page, fresh, with a note to repeat the step.
 */
public class ExpiredViewExceptionHandler extends ExceptionHandlerWrapper {
  public static final String EXPIRED_PARAMETER = "expired";

  public ExpiredViewExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      if (isExpiredView(events.next().getContext().getException())) {
        events.remove();
        sendBackToTheSamePage(FacesContext.getCurrentInstance());
      }
    }
    getWrapped().handle();
  }

  private static boolean isExpiredView(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }

  private static void sendBackToTheSamePage(FacesContext context) {
    ExternalContext external = context.getExternalContext();
    Object forwardedFrom = external.getRequestMap().get(RequestDispatcher.FORWARD_REQUEST_URI);
    String page =
        forwardedFrom != null
            ? forwardedFrom.toString()
            : ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getRequestURI();
    try {
      external.redirect(page + "?" + EXPIRED_PARAMETER);
      context.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException committed) {
      throw new FacesException(committed);
    }
  }
}
