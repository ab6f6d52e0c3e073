package org.sargas.server.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Tokens for tests: good ones from a node's local issuer, and each kind of bad one the verifier
 * must refuse (signed with the node's own key where that makes the test sharper).
 */
public final class TestTokens {
  private final Path dataDir;

  /** Tokens for the node whose data directory is {@code dataDir} (its local issuer's key). */
  public TestTokens(Path dataDir) {
    this.dataDir = dataDir;
  }

  /** A valid token for {@code subject} with {@code roles}, one hour. */
  public String valid(String subject, Role... roles) {
    try {
      return LocalIssuer.open(dataDir).mint(subject, Set.of(roles), Duration.ofHours(1), now());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The kinds of bad token, each refused with 401 by every route but /health. */
  public enum Bad {
    EXPIRED,
    WRONG_ISSUER,
    WRONG_AUDIENCE,
    BAD_SIGNATURE,
    ALG_NONE,
    HMAC_WITH_PUBLIC_KEY,
    NO_ROLE,
    GARBAGE
  }

  /** A bad token of kind {@code bad} (roles: admin, so that only the defect can refuse it). */
  public String bad(Bad bad) {
    try {
      ECKey key = ECKey.parse(Files.readString(dataDir.resolve(LocalIssuer.KEY_FILE)));
      Instant now = now();
      JWTClaimsSet.Builder c =
          new JWTClaimsSet.Builder()
              .issuer(LocalIssuer.ISSUER)
              .audience("sargas")
              .subject("mallory")
              .claim("roles", List.of("admin"))
              .issueTime(Date.from(now))
              .expirationTime(Date.from(now.plusSeconds(3600)));
      switch (bad) {
        case EXPIRED ->
            c.issueTime(Date.from(now.minusSeconds(7200)))
                .expirationTime(Date.from(now.minusSeconds(3600)));
        case WRONG_ISSUER -> c.issuer("https://login.example/realms/other");
        case WRONG_AUDIENCE -> c.audience("another-service");
        case NO_ROLE -> c.claim("roles", List.of("pilot"));
        case ALG_NONE -> {
          return new PlainJWT(c.build()).serialize();
        }
        case HMAC_WITH_PUBLIC_KEY -> {
          SignedJWT h =
              new SignedJWT(
                  new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(),
                  c.build());
          h.sign(new MACSigner(key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8)));
          return h.serialize();
        }
        case GARBAGE -> {
          return "not.a.token";
        }
        default -> {}
      }
      ECKey signer =
          bad == Bad.BAD_SIGNATURE
              ? new ECKeyGenerator(Curve.P_256).keyID(key.getKeyID()).generate()
              : key;
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.ES256)
                  .type(JOSEObjectType.JWT)
                  .keyID(key.getKeyID())
                  .build(),
              c.build());
      jwt.sign(new ECDSASigner(signer));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant now() {
    return Instant.now();
  }
}
