package org.sargas.server.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.time.InstantSource;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sargas.server.config.IssuerSettings;

/**
 * Checks an operator's bearer token (RFC 6750, a JWT of RFC 7519) and says who the caller is.
 *
 * <p>Accepted: a JWS signed with an asymmetric algorithm (RS/PS/ES 256–512, EdDSA) by a key of the
 * JWKS of the issuer its {@code iss} names, among the configured issuers; {@code aud} contains the
 * issuer's audience; {@code exp} in the future and {@code nbf} (if any) in the past (60 s skew);
 * {@code sub} present; at least one known role in the issuer's role claim. Refused whatever the
 * keys: unsigned tokens ({@code alg=none}), HMAC-signed tokens (an attacker who knows a public key
 * could otherwise sign with it as the shared secret), encrypted tokens.
 *
 * <p>Thread-safe. The clock is the wall clock in production (tokens expire in real time even when
 * the node's event clock is a scenario's).
 */
public final class TokenVerifier {
  /** The signature algorithms accepted: asymmetric only. */
  public static final Set<JWSAlgorithm> ACCEPTED_ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512,
          JWSAlgorithm.Ed25519,
          JWSAlgorithm.EdDSA);

  private final Map<String, Trusted> issuers = new LinkedHashMap<>();

  private record Trusted(IssuerSettings settings, DefaultJWTProcessor<SecurityContext> processor) {}

  /**
   * A verifier trusting {@code external} issuers and, when not null, the node's {@code local}
   * issuer.
   */
  public TokenVerifier(List<IssuerSettings> external, LocalIssuer local, InstantSource clock)
      throws IOException {
    if (local != null) {
      add(LocalIssuer.settings(), new ImmutableJWKSet<>(local.publicKeys()), clock);
    }
    for (IssuerSettings s : external) {
      add(s, keys(s), clock);
    }
  }

  private void add(IssuerSettings s, JWKSource<SecurityContext> keys, InstantSource clock) {
    DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
    p.setJWSKeySelector(new JWSVerificationKeySelector<>(ACCEPTED_ALGORITHMS, keys));
    p.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            s.audience(),
            new JWTClaimsSet.Builder().issuer(s.issuer()).build(),
            Set.of("sub", "exp")) {
          @Override
          protected Date currentTime() {
            return Date.from(clock.instant());
          }
        });
    issuers.put(s.issuer(), new Trusted(s, p));
  }

  private static JWKSource<SecurityContext> keys(IssuerSettings s) throws IOException {
    try {
      if (s.jwksUrl().startsWith("file:")) {
        return new ImmutableJWKSet<>(JWKSet.load(new File(URI.create(s.jwksUrl()))));
      }
      return JWKSourceBuilder.<SecurityContext>create(URI.create(s.jwksUrl()).toURL()).build();
    } catch (ParseException e) {
      throw new IOException(s.jwksUrl() + ": not a JWK set: " + e.getMessage(), e);
    }
  }

  /** The {@code iss} values trusted. */
  public Set<String> issuers() {
    return issuers.keySet();
  }

  /**
   * The caller a token proves.
   *
   * @throws TokenRejected if it proves nothing (the reason is counted, the caller gets 401)
   */
  public Caller verify(String token) throws TokenRejected {
    JWT jwt;
    try {
      jwt = JWTParser.parse(token);
    } catch (ParseException e) {
      throw new TokenRejected("malformed", "not a JWT: " + e.getMessage());
    }
    if (jwt instanceof PlainJWT) {
      throw new TokenRejected("algorithm", "unsigned token (alg=none)");
    }
    if (!(jwt instanceof SignedJWT signed)) {
      throw new TokenRejected("malformed", "an encrypted token, expected a signed one");
    }
    if (!ACCEPTED_ALGORITHMS.contains(signed.getHeader().getAlgorithm())) {
      throw new TokenRejected(
          "algorithm", "signature algorithm " + signed.getHeader().getAlgorithm() + " refused");
    }
    String iss;
    try {
      iss = signed.getJWTClaimsSet().getIssuer();
    } catch (ParseException e) {
      throw new TokenRejected("malformed", "claims are not JSON: " + e.getMessage());
    }
    Trusted t = iss == null ? null : issuers.get(iss);
    if (t == null) {
      throw new TokenRejected("unknown-issuer", "issuer " + iss + " is not trusted");
    }
    JWTClaimsSet claims;
    try {
      claims = t.processor().process(signed, null);
    } catch (BadJWSException e) {
      throw new TokenRejected("signature", e.getMessage());
    } catch (BadJWTException e) {
      throw new TokenRejected(claimReason(e.getMessage()), e.getMessage());
    } catch (com.nimbusds.jose.proc.BadJOSEException e) {
      throw new TokenRejected("signature", e.getMessage());
    } catch (JOSEException e) {
      throw new TokenRejected("keys-unavailable", iss + ": " + e.getMessage());
    }
    Set<Role> roles = roles(claims, t.settings().roleClaim());
    if (roles.isEmpty()) {
      throw new TokenRejected(
          "no-role", "no Sargas role in claim " + t.settings().roleClaim() + " of " + iss);
    }
    return new Caller(
        claims.getSubject(),
        name(claims, t.settings().nameClaim()),
        roles,
        iss,
        claims.getExpirationTime().toInstant());
  }

  private static String claimReason(String message) {
    String m = message == null ? "" : message;
    if (m.startsWith("Expired")) {
      return "expired";
    }
    if (m.contains("audience") || m.contains(" aud ")) {
      return "audience";
    }
    return "claims";
  }

  /** The roles a claim path ({@code realm_access.roles}) names; unknown names are ignored. */
  static Set<Role> roles(JWTClaimsSet claims, String path) {
    Object v = claims.getClaims();
    for (String part : path.split("\\.")) {
      v = v instanceof Map<?, ?> m ? m.get(part) : null;
    }
    Set<Role> out = EnumSet.noneOf(Role.class);
    Set<Object> values = new HashSet<>();
    if (v instanceof List<?> l) {
      values.addAll(l);
    } else if (v instanceof String s) {
      values.addAll(List.of(s.split("[ ,]+")));
    }
    for (Object o : values) {
      if (o instanceof String s) {
        Role.parse(s).ifPresent(out::add);
      }
    }
    return out;
  }

  private static String name(JWTClaimsSet claims, String nameClaim) {
    for (String c : List.of(nameClaim, "preferred_username")) {
      Object v = claims.getClaim(c);
      if (v instanceof String s && !s.isBlank()) {
        return s;
      }
    }
    return claims.getSubject();
  }
}
