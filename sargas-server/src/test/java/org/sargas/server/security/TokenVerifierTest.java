package org.sargas.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.server.config.IssuerSettings;

/**
 * An external OIDC issuer (a Keycloak-style RS256 token, roles under {@code realm_access.roles})
 * whose JWKS was copied to the node ({@code file:}), beside the local issuer.
 */
class TokenVerifierTest {
  private static final String ISS = "https://login.example/realms/baltic";

  @TempDir Path dir;

  @Test
  void anExternalIssuersTokenMapsItsNestedRoleClaim() throws Exception {
    RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
    Path jwks = dir.resolve("jwks.json");
    Files.writeString(jwks, new JWKSet(key.toPublicJWK()).toString());
    TokenVerifier v =
        new TokenVerifier(
            List.of(
                new IssuerSettings(
                    ISS, jwks.toUri().toString(), "sargas-node", "realm_access.roles", null)),
            LocalIssuer.open(dir),
            InstantSource.system());
    assertThat(v.issuers()).containsExactly(LocalIssuer.ISSUER, ISS);
    Caller c = v.verify(token(key, "sargas-node", List.of("offline_access", "commander")));
    assertThat(c.subject()).isEqualTo("f3a1");
    assertThat(c.name()).isEqualTo("Ona Petraitė");
    assertThat(c.roles()).containsExactly(Role.COMMANDER);
    assertThat(c.issuer()).isEqualTo(ISS);

    assertThatThrownBy(() -> v.verify(token(key, "sargas-node", List.of("offline_access"))))
        .isInstanceOf(TokenRejected.class)
        .satisfies(e -> assertThat(((TokenRejected) e).reason()).isEqualTo("no-role"));
    assertThatThrownBy(() -> v.verify(token(key, "sargas", List.of("viewer"))))
        .satisfies(e -> assertThat(((TokenRejected) e).reason()).isEqualTo("audience"));
    RSAKey other = new RSAKeyGenerator(2048).keyID("k1").generate();
    assertThatThrownBy(() -> v.verify(token(other, "sargas-node", List.of("viewer"))))
        .satisfies(e -> assertThat(((TokenRejected) e).reason()).isEqualTo("signature"));
  }

  private static String token(RSAKey key, String audience, List<String> roles) throws Exception {
    Instant now = Instant.now();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(key.getKeyID())
                .build(),
            new JWTClaimsSet.Builder()
                .issuer(ISS)
                .audience(audience)
                .subject("f3a1")
                .claim("name", "Ona Petraitė")
                .claim("realm_access", Map.of("roles", roles))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .build());
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }
}
