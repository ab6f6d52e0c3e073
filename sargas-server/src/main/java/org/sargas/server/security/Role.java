package org.sargas.server.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What an authenticated caller may do (docs/security.md, "Roles"). Roles are not ranked: a route
 * lists every role it admits, so that a new role never inherits rights by accident.
 */
public enum Role {
  /** Reads the air picture: tracks, violations, alerts, sensors, zones, replay, reports. */
  VIEWER,
  /** A viewer who acts: acknowledges alerts, overrides identities, tasks sensors. */
  OPERATOR,
  /** An operator who also approves evidence export. */
  COMMANDER,
  /** Reads the picture, the audit log and the evidence bundles; changes nothing. */
  AUDITOR,
  /** Everything. */
  ADMIN;

  /** The role's name in tokens and configuration ({@code viewer}). */
  public String claimValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role a claim value names (case-insensitive), if any. */
  public static Optional<Role> parse(String claimValue) {
    for (Role r : values()) {
      if (r.claimValue().equalsIgnoreCase(claimValue == null ? "" : claimValue.trim())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
