package org.sargas.server.config;

import java.util.Locale;

/**
 * TLS of the web server (docs/security.md, {@code web.tls}).
 *
 * @param mode {@code auto} (default): TLS unless the server binds a loopback address only; {@code
 *     on}: always; {@code off}: never (only behind a TLS-terminating proxy on the same host)
 * @param keyStore a PKCS#12 key store holding the server's key and certificate chain; null: a
 *     self-signed certificate created on first start in {@code DATA/security/web-tls.p12}
 * @param keyStorePasswordFile a file whose first line is the key store's password (kept out of the
 *     configuration, which {@code GET /api/config} shows)
 */
public record TlsSettings(String mode, String keyStore, String keyStorePasswordFile) {
  public TlsSettings {
    mode = mode == null || mode.isBlank() ? "auto" : mode.trim().toLowerCase(Locale.ROOT);
  }

  /** The defaults: {@code auto} with a self-signed certificate. */
  public static TlsSettings defaults() {
    return new TlsSettings(null, null, null);
  }

  /** Whether the server speaks TLS when it binds {@code loopbackOnly} or not. */
  public boolean enabled(boolean loopbackOnly) {
    return switch (mode) {
      case "on" -> true;
      case "off" -> false;
      default -> !loopbackOnly;
    };
  }
}
