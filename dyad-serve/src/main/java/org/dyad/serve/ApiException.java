package org.dyad.serve;

/**
 * A request the API refuses or cannot answer: its HTTP status and a message for the client. A 400
 * names the parameter and the value it refused.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String parameter;
  private final String value;

  public ApiException(int status, String message) {
    this(status, message, null, null);
  }

  public ApiException(int status, String message, String parameter, String value) {
    super(message);
    this.status = status;
    this.parameter = parameter;
    this.value = value;
  }

  /** A 400 for one parameter's value. */
  public static ApiException badParameter(String parameter, String value, String why) {
    return new ApiException(400, "parameter '" + parameter + "': " + why, parameter, value);
  }

  public int status() {
    return status;
  }

  public String parameter() {
    return parameter;
  }

  public String value() {
    return value;
  }
}
