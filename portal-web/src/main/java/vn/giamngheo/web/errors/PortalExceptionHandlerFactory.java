package vn.giamngheo.web.errors;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs the portal's handling of expired or forged forms. */
public class PortalExceptionHandlerFactory extends ExceptionHandlerFactory {
  public PortalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new ExpiredViewExceptionHandler(getWrapped().getExceptionHandler());
  }
}
