package vn.giamngheo.tenancy;

import java.util.List;

/**
 * A problem the user can fix, named by a message key of the web layer's resource bundles so that it
 * is shown in the user's language. Thrown from a transactional service it rolls the work back.
 */
public class UserFacingException extends RuntimeException {
  private final String messageKey;
  private final List<Object> arguments;

  public UserFacingException(String messageKey, Object... arguments) {
    super(messageKey + " " + List.of(arguments));
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }
}
