package org.sargas.server.config;

import java.util.List;

/**
 * Who may call the node's API (docs/security.md, {@code web.auth}): bearer tokens from the
 * configured OpenID Connect issuers and, unless switched off, from the node's own local issuer (a
 * key pair in {@code DATA/security}, tokens minted by {@code sargas token}).
 *
 * @param localIssuer accept tokens of the local issuer (default true)
 * @param issuers external issuers (default none)
 */
public record AuthSettings(Boolean localIssuer, List<IssuerSettings> issuers) {
  public AuthSettings {
    localIssuer = localIssuer == null || localIssuer;
    issuers = issuers == null ? List.of() : List.copyOf(issuers);
  }

  /** The defaults: the local issuer only. */
  public static AuthSettings defaults() {
    return new AuthSettings(null, null);
  }
}
