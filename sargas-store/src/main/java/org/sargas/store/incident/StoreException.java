package org.sargas.store.incident;

/** A database operation of the incident store failed; nothing of that operation was committed. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
