package org.sargas.server.api;

import io.javalin.security.RouteRole;
import java.util.EnumSet;
import java.util.Set;
import org.sargas.server.security.Role;

/**
 * The access policy of the API (docs/security.md, "Roles"): every route is registered with exactly
 * one of these, and the roles it admits are listed here and nowhere else. A route registered
 * without one is refused to everyone (fail closed). The OpenAPI document states each operation's
 * roles as {@code x-sargas-roles}; {@code ApiAccessMatrixTest} checks the server against it.
 */
public enum RouteAccess implements RouteRole {
  /** No token: {@code /health} (load balancers, probes) and the web map's static files. */
  PUBLIC(EnumSet.noneOf(Role.class)),
  /**
   * The air picture and what is derived from it: tracks, violations, alerts, sensors, zones,
   * borders, replay, coverage, reports, configuration, metrics, the WebSocket. Every role.
   */
  READ_PICTURE(EnumSet.allOf(Role.class)),
  /**
   * Acting on the picture: acknowledging alerts, identity overrides, sensor tasking, and response
   * recommendations (shown to whoever acts on them, and logged with the actor).
   */
  OPERATE(EnumSet.of(Role.OPERATOR, Role.COMMANDER, Role.ADMIN)),
  /** Evidence bundles (the signed log's entries of an incident) and the audit log. */
  READ_EVIDENCE(EnumSet.of(Role.COMMANDER, Role.AUDITOR, Role.ADMIN)),
  /** Approving what needs a commander (export of evidence for an uncorroborated violation). */
  APPROVE(EnumSet.of(Role.COMMANDER, Role.ADMIN)),
  /** Administering the node. */
  ADMINISTER(EnumSet.of(Role.ADMIN));

  private final Set<Role> roles;

  RouteAccess(Set<Role> roles) {
    this.roles = Set.copyOf(roles);
  }

  /** The roles admitted (empty for {@link #PUBLIC}: no token needed). */
  public Set<Role> roles() {
    return roles;
  }
}
