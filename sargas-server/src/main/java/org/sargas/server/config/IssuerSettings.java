package org.sargas.server.config;

/**
 * A trusted OpenID Connect issuer of operator tokens (docs/security.md, {@code web.auth.issuers}).
 *
 * @param issuer the exact {@code iss} claim the issuer writes (e.g. {@code
 *     https://login.example/realms/sargas})
 * @param jwksUrl where its public signing keys are published: an {@code https:} JWKS URL (fetched,
 *     cached and refreshed when an unknown key id appears) or a {@code file:} URL of a JWKS copied
 *     onto an air-gapped node
 * @param audience the {@code aud} value a token for this node must carry (default {@code sargas})
 * @param roleClaim the claim that lists the caller's roles, a dotted path into nested objects
 *     ({@code roles}, Keycloak's {@code realm_access.roles}); a string or an array of strings
 *     (default {@code roles})
 * @param nameClaim the claim shown as the operator's name (default {@code name}, then {@code
 *     preferred_username}, then {@code sub})
 */
public record IssuerSettings(
    String issuer, String jwksUrl, String audience, String roleClaim, String nameClaim) {

  /** The default audience of Sargas tokens. */
  public static final String DEFAULT_AUDIENCE = "sargas";

  public IssuerSettings {
    audience = audience == null || audience.isBlank() ? DEFAULT_AUDIENCE : audience;
    roleClaim = roleClaim == null || roleClaim.isBlank() ? "roles" : roleClaim;
    nameClaim = nameClaim == null || nameClaim.isBlank() ? "name" : nameClaim;
  }
}
