package org.sargas.server.api;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.sargas.server.live.ServeMetrics;
import org.sargas.server.security.Caller;
import org.sargas.server.security.Role;
import org.sargas.server.security.TokenRejected;
import org.sargas.server.security.TokenVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is calling, and may they (docs/security.md). Every request that matches a route is checked
 * against the route's {@link RouteAccess}: a bearer token ({@code Authorization: Bearer}, or on the
 * WebSocket upgrade the subprotocol {@code bearer.<token>} next to {@code sargas}, because browsers
 * cannot set headers there; never a query parameter, which ends in logs) is verified and its roles
 * compared with the route's. No or bad token: 401; a valid token without an admitted role: 403.
 * Rejections are counted by reason ({@code sargas_auth_rejected_total}). Without a token a request
 * gets the configured anonymous role, which the configuration allows only on a loopback-only
 * server, and only from a loopback peer.
 *
 * <p>Also sets the security headers of every response (CSP, nosniff, frame-ancestors, referrer
 * policy, HSTS under TLS).
 */
final class RequestGuard {
  /** The request attribute holding the {@link Caller}. */
  static final String CALLER = "sargas.caller";

  /** The WebSocket subprotocol a browser offers (echoed by the server) next to its token. */
  static final String WS_PROTOCOL = "sargas";

  /** Prefix of the subprotocol that carries the token. */
  static final String WS_TOKEN_PREFIX = "bearer.";

  private static final Logger LOG = LoggerFactory.getLogger(RequestGuard.class);
  private static final List<String> REASONS =
      List.of(
          "missing",
          "malformed",
          "algorithm",
          "unknown-issuer",
          "signature",
          "expired",
          "audience",
          "claims",
          "no-role",
          "keys-unavailable");

  private final TokenVerifier verifier;
  private final Role anonymousRole;
  private final boolean tls;
  private final String csp;
  private final Map<String, AtomicLong> rejected = new LinkedHashMap<>();
  private final AtomicLong forbidden;

  RequestGuard(
      TokenVerifier verifier,
      Role anonymousRole,
      boolean tls,
      String tileUrl,
      ServeMetrics metrics) {
    this.verifier = verifier;
    this.anonymousRole = anonymousRole;
    this.tls = tls;
    this.csp = contentSecurityPolicy(tileUrl);
    for (String r : REASONS) {
      rejected.put(
          r,
          metrics.counter(
              "sargas_auth_rejected_total",
              "reason=\"" + r + "\"",
              "API requests refused with 401, by reason"));
    }
    forbidden =
        metrics.counter(
            "sargas_auth_forbidden_total", "", "API requests refused with 403 (role not admitted)");
  }

  /** The security headers, on every response (before any handler, static files included). */
  void headers(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Content-Security-Policy", csp);
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    if (tls) {
      ctx.header("Strict-Transport-Security", "max-age=31536000");
    }
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  /** Checks a matched HTTP request against its route's access. */
  void authorize(Context ctx) {
    RouteAccess access = null;
    for (RouteRole r : ctx.routeRoles()) {
      if (r instanceof RouteAccess a) {
        access = a;
      }
    }
    if (access == null) {
      // a route registered without an access level: nobody may use it
      forbidden.incrementAndGet();
      throw new Refused(403, "route has no access policy", null);
    }
    authorize(ctx, access);
  }

  /** Checks a request (or a WebSocket upgrade) against {@code access}. */
  void authorize(Context ctx, RouteAccess access) {
    if (access == RouteAccess.PUBLIC) {
      return;
    }
    Caller caller = authenticate(ctx);
    if (!caller.mayUse(access.roles()) && Caller.ANONYMOUS_ISSUER.equals(caller.issuer())) {
      // the anonymous viewer of a demo: acting needs a token (sign in), hence 401, not 403
      rejected.get("missing").incrementAndGet();
      throw new Refused(401, "a bearer token is required", "Bearer realm=\"sargas\"");
    }
    if (!caller.mayUse(access.roles())) {
      forbidden.incrementAndGet();
      throw new Refused(403, "role not admitted to this route", null);
    }
    ctx.attribute(CALLER, caller);
  }

  private Caller authenticate(Context ctx) {
    String token = token(ctx);
    if (token == null) {
      if (anonymousRole != null && loopback(ctx.req().getRemoteAddr())) {
        return Caller.anonymous(anonymousRole);
      }
      rejected.get("missing").incrementAndGet();
      throw new Refused(401, "a bearer token is required", "Bearer realm=\"sargas\"");
    }
    try {
      return verifier.verify(token);
    } catch (TokenRejected e) {
      rejected.getOrDefault(e.reason(), rejected.get("claims")).incrementAndGet();
      LOG.debug("token refused ({}): {}", e.reason(), e.getMessage());
      throw new Refused(
          401,
          "invalid token",
          "Bearer realm=\"sargas\", error=\"invalid_token\", error_description=\""
              + e.reason()
              + "\"");
    }
  }

  /** The caller of an authorized request. */
  static Caller caller(Context ctx) {
    Caller c = ctx.attribute(CALLER);
    if (c == null) {
      throw new IllegalStateException("no authenticated caller on " + ctx.path());
    }
    return c;
  }

  /** The bearer token of a request: Authorization header, else the WebSocket subprotocol. */
  static String token(Context ctx) {
    String h = ctx.header("Authorization");
    if (h != null && h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      String t = h.substring(7).strip();
      return t.isEmpty() ? null : t;
    }
    String p = ctx.header("Sec-WebSocket-Protocol");
    if (p != null) {
      for (String part : p.split(",")) {
        String s = part.strip();
        if (s.startsWith(WS_TOKEN_PREFIX) && s.length() > WS_TOKEN_PREFIX.length()) {
          return s.substring(WS_TOKEN_PREFIX.length());
        }
      }
    }
    return null;
  }

  private static boolean loopback(String address) {
    try {
      return address != null && InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * The page's content security policy: its own scripts only, no framing, connections to itself and
   * to the configured tile source.
   */
  static String contentSecurityPolicy(String tileUrl) {
    String tiles = tileOrigin(tileUrl);
    String extra = tiles == null ? "" : " " + tiles;
    return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data: blob:"
        + extra
        + "; connect-src 'self'"
        + extra
        + "; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; "
        + "frame-ancestors 'none'";
  }

  /** scheme://host[:port] of a tile template; a {@code {a-c}} label becomes {@code *}. */
  static String tileOrigin(String tileUrl) {
    if (tileUrl == null) {
      return null;
    }
    String u = tileUrl.replaceAll("\\{[a-z]-[a-z]}", "*");
    int scheme = u.indexOf("://");
    if (scheme < 0) {
      return null;
    }
    int end = u.indexOf('/', scheme + 3);
    String origin = end < 0 ? u : u.substring(0, end);
    if (origin.contains("{") || origin.contains(" ") || origin.contains(";")) {
      return null;
    }
    try {
      URI.create(origin.replace("*", "x"));
    } catch (IllegalArgumentException e) {
      return null;
    }
    return origin;
  }

  /** A refused request (401 or 403); the body never says why a token failed beyond its reason. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String wwwAuthenticate;

    Refused(int status, String message, String wwwAuthenticate) {
      super(message);
      this.status = status;
      this.wwwAuthenticate = wwwAuthenticate;
    }
  }
}
