package vn.giamngheo.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.giamngheo.domain.report.ReportProblems;
import vn.giamngheo.tenancy.NotInScopeException;
import vn.giamngheo.tenancy.UserFacingException;
import vn.giamngheo.web.i18n.Messages;

/** Every API error is JSON {@code {status, message}} in the caller's language, never a trace. */
@Provider
public class ApiErrors implements ExceptionMapper<Exception> {
  private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

  @Inject Messages messages;
  @Context HttpHeaders headers;

  /** The error; a report's rule breaches also list each indicator's problem. */
  public record ApiError(int status, String message, List<Problem> problems) {}

  public record Problem(String indicator, String message) {}

  @Override
  public Response toResponse(Exception exception) {
    if (exception instanceof NotInScopeException) {
      return error(404, messages.get(locale(), "api.status.404"));
    }
    if (exception instanceof ReportProblems report) {
      return error(
          400,
          messages.get(locale(), report.messageKey(), report.arguments()),
          report.problems().stream()
              .map(
                  p ->
                      new Problem(
                          p.indicatorCode(), messages.get(locale(), p.messageKey(), p.args())))
              .toList());
    }
    if (exception instanceof UserFacingException problem) {
      return error(400, messages.get(locale(), problem.messageKey(), problem.arguments()));
    }
    Throwable cause = exception;
    while (cause != null && !(cause instanceof UserFacingException)) {
      cause = cause.getCause();
    }
    if (cause instanceof UserFacingException problem) {
      return toResponse(problem);
    }
    if (isUnreadableInput(exception)) {
      return error(400, messages.get(locale(), "api.status.400"));
    }
    if (exception instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      return error(status, messages.get(locale(), "api.status." + status));
    }
    LOG.log(Level.SEVERE, "API request failed", exception);
    return error(500, messages.get(locale(), "api.status.500"));
  }

  /** A body that is not JSON, or JSON of the wrong shape: the caller's mistake, not ours. */
  private static boolean isUnreadableInput(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProcessingException
          || cause instanceof JsonbException
          || cause instanceof JsonException) {
        return true;
      }
    }
    return false;
  }

  private Locale locale() {
    return headers.getAcceptableLanguages().isEmpty()
        ? Messages.VIETNAMESE
        : headers.getAcceptableLanguages().get(0);
  }

  private static Response error(int status, String message) {
    return error(status, message, null);
  }

  private static Response error(int status, String message, List<Problem> problems) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(new ApiError(status, message, problems))
        .build();
  }
}
