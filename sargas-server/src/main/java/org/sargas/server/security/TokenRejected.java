package org.sargas.server.security;

/**
 * A bearer token that proves nothing (HTTP 401). {@link #reason()} is a short, fixed word for
 * counting ({@code malformed}, {@code unknown-issuer}, {@code signature}, {@code expired}, {@code
 * audience}, {@code algorithm}, {@code no-role}, {@code claims}); the message says more and may be
 * logged but is never sent to the caller.
 */
public final class TokenRejected extends Exception {
  private static final long serialVersionUID = 1L;
  private final String reason;

  public TokenRejected(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** The counted reason. */
  public String reason() {
    return reason;
  }
}
