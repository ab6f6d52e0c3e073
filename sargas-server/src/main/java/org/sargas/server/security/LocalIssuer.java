package org.sargas.server.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import org.sargas.server.config.IssuerSettings;

/**
 * The node's own token issuer, for a node without an OpenID Connect provider (and for the demo): an
 * ES256 (ECDSA P-256) key pair in {@code DATA/security/local-issuer.jwk}, created on first use with
 * owner-only permissions. Whoever can read that file can mint any role: it is as secret as the
 * evidence log's key. Tokens carry {@code iss=}{@link #ISSUER}, {@code aud=sargas}, {@code sub},
 * {@code name}, {@code roles}, {@code iat}, {@code exp} and a random {@code jti}.
 *
 * <p>Thread-safe (immutable after opening).
 */
public final class LocalIssuer {
  /** The {@code iss} of local tokens. */
  public static final String ISSUER = "sargas-local";

  /** The key file inside the data directory. */
  public static final String KEY_FILE = "security/local-issuer.jwk";

  private final ECKey key;

  private LocalIssuer(ECKey key) {
    this.key = key;
  }

  /** Opens the issuer of the data directory {@code dataDir}, creating its key pair if absent. */
  public static LocalIssuer open(Path dataDir) throws IOException {
    Path file = dataDir.resolve(KEY_FILE);
    if (!Files.isRegularFile(file)) {
      create(file);
    }
    try {
      return new LocalIssuer(ECKey.parse(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (ParseException e) {
      throw new IOException(file + ": not an EC private JWK: " + e.getMessage(), e);
    }
  }

  private static void create(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    ECKey k;
    try {
      k =
          new ECKeyGenerator(Curve.P_256)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.ES256)
              .keyIDFromThumbprint(true)
              .generate();
    } catch (JOSEException e) {
      throw new IOException("cannot generate the local issuer's key: " + e.getMessage(), e);
    }
    Path tmp = Files.createTempFile(file.getParent(), "local-issuer", ".tmp");
    try {
      ownerOnly(tmp);
      Files.writeString(tmp, k.toJSONString(), StandardCharsets.UTF_8);
      Files.move(tmp, file);
    } catch (FileAlreadyExistsException e) {
      // another process (sargas token beside sargas serve) created it first: use theirs
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Restricts a file to its owner where the file system knows POSIX permissions. */
  static void ownerOnly(Path p) throws IOException {
    if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
    }
  }

  /** How the verifier sees this issuer: its {@code iss}, audience and claims. */
  public static IssuerSettings settings() {
    return new IssuerSettings(ISSUER, null, IssuerSettings.DEFAULT_AUDIENCE, "roles", "name");
  }

  /** The public key (what a verifier needs). */
  public JWKSet publicKeys() {
    return new JWKSet(key.toPublicJWK());
  }

  /**
   * A signed token.
   *
   * @param subject the caller's stable id ({@code sub}) and name
   * @param roles the roles granted
   * @param ttl how long the token is valid from {@code now}
   * @param now issue time (wall clock: tokens expire in real time, whatever the node's clock)
   */
  public String mint(String subject, Set<Role> roles, Duration ttl, Instant now) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(IssuerSettings.DEFAULT_AUDIENCE)
            .subject(subject)
            .claim("name", subject)
            .claim("roles", roles.stream().map(Role::claimValue).sorted().toList())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ttl)))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(JOSEObjectType.JWT)
                .keyID(key.getKeyID())
                .build(),
            claims);
    try {
      jwt.sign(new ECDSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign with the local issuer's key", e);
    }
    return jwt.serialize();
  }

  /** The key id ({@code kid}, the key's RFC 7638 thumbprint). */
  public String keyId() {
    return key.getKeyID();
  }
}
