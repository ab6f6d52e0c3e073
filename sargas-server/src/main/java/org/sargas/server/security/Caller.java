package org.sargas.server.security;

import java.util.Set;

/**
 * The authenticated caller of one request: who the token says it is and what it may do. Operator
 * actions are recorded with {@link #subject()} as the actor.
 *
 * @param subject the token's {@code sub} (stable id of the person or service)
 * @param name the name shown on the map (the issuer's name claim, else the subject)
 * @param roles the caller's roles (at least one)
 * @param issuer the token's {@code iss}; {@link #ANONYMOUS_ISSUER} for an anonymous demo viewer
 * @param expiresAt when the token expires (a WebSocket opened with it is closed then); null for the
 *     anonymous caller
 */
public record Caller(
    String subject, String name, Set<Role> roles, String issuer, java.time.Instant expiresAt) {
  /** The issuer of the anonymous caller of a loopback demo ({@code web.anonymousRole}). */
  public static final String ANONYMOUS_ISSUER = "anonymous";

  public Caller {
    roles = Set.copyOf(roles);
  }

  /** The anonymous caller with {@code role} (only on a loopback-only server). */
  public static Caller anonymous(Role role) {
    return new Caller("anonymous", "anonymous", Set.of(role), ANONYMOUS_ISSUER, null);
  }

  /** Whether the caller holds any of {@code allowed}. */
  public boolean mayUse(Set<Role> allowed) {
    for (Role r : roles) {
      if (allowed.contains(r)) {
        return true;
      }
    }
    return false;
  }
}
