package org.sargas.store.evidence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The node's Ed25519 signing key, generated on first start and kept in a directory as {@value
 * #PRIVATE_FILE} (PKCS#8 DER, owner read/write only where POSIX permissions exist) and {@value
 * #PUBLIC_FILE} (X.509 SubjectPublicKeyInfo, PEM). Immutable and thread-safe.
 */
public final class NodeKey {
  /** File name of the private key. */
  public static final String PRIVATE_FILE = "node-key.pk8";

  /** File name of the public key. */
  public static final String PUBLIC_FILE = "node-key.pub.pem";

  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final String keyId;

  private NodeKey(PrivateKey privateKey, PublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    this.keyId = keyIdOf(publicKey);
  }

  /**
   * Loads the key from {@code dir}, generating and storing a new one if none exists.
   *
   * @throws IOException if the files cannot be read or written, or hold no valid Ed25519 key
   */
  public static NodeKey loadOrCreate(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path priv = dir.resolve(PRIVATE_FILE);
    if (!Files.exists(priv)) {
      try {
        KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        // Public first: a private key file on disk always has its public key beside it.
        writeAtomically(
            dir, PUBLIC_FILE, toPem(kp.getPublic()).getBytes(StandardCharsets.US_ASCII), false);
        writeAtomically(dir, PRIVATE_FILE, kp.getPrivate().getEncoded(), true);
      } catch (GeneralSecurityException e) {
        throw new IOException("Ed25519 unavailable in this JDK", e);
      }
    }
    try {
      KeyFactory kf = KeyFactory.getInstance("Ed25519");
      PrivateKey pk = kf.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(priv)));
      PublicKey pub =
          readPublicPem(Files.readString(dir.resolve(PUBLIC_FILE), StandardCharsets.US_ASCII));
      NodeKey key = new NodeKey(pk, pub);
      byte[] probe = "sargas node key self-test".getBytes(StandardCharsets.US_ASCII);
      if (!verify(pub, probe, key.sign(probe))) {
        throw new IOException("private and public node key in " + dir + " do not match");
      }
      return key;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IOException("invalid node key in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void writeAtomically(Path dir, String name, byte[] bytes, boolean secret)
      throws IOException {
    Path tmp = dir.resolve(name + ".tmp");
    Files.deleteIfExists(tmp);
    Files.createFile(tmp);
    if (secret) {
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // Non-POSIX file system: rely on the data directory's own access control.
        secret = false;
      }
    }
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(bytes));
      ch.force(true);
    }
    try {
      Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
      Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The public key. */
  public PublicKey publicKey() {
    return publicKey;
  }

  /** Hex of the first 8 bytes of SHA-256 of the public key's SubjectPublicKeyInfo. */
  public String keyId() {
    return keyId;
  }

  /** Ed25519 signature of {@code message}. */
  public byte[] sign(byte[] message) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(privateKey);
      s.update(message);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  /** Signs a checkpoint. */
  public SignedCheckpoint sign(Checkpoint checkpoint) {
    return new SignedCheckpoint(checkpoint, keyId, sign(checkpoint.signedText()));
  }

  /** Key id of any Ed25519 public key (see {@link #keyId()}). */
  public static String keyIdOf(PublicKey key) {
    byte[] h = MerkleHashes.sha256(key.getEncoded());
    return HexFormat.of().formatHex(h, 0, 8);
  }

  /** PEM text ("PUBLIC KEY", base64 of the SubjectPublicKeyInfo) of a public key. */
  public static String toPem(PublicKey key) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  /**
   * Parses a PEM public key.
   *
   * @throws IOException if the text is not a PEM-encoded Ed25519 public key
   */
  public static PublicKey readPublicPem(String pem) throws IOException {
    String body =
        pem.replace("-----BEGIN PUBLIC KEY-----", "")
            .replace("-----END PUBLIC KEY-----", "")
            .replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance("Ed25519")
          .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IOException("not an Ed25519 public key in PEM form: " + e.getMessage(), e);
    }
  }

  private static boolean verify(PublicKey key, byte[] message, byte[] signature)
      throws GeneralSecurityException {
    Signature s = Signature.getInstance("Ed25519");
    s.initVerify(key);
    s.update(message);
    return s.verify(signature);
  }
}
