package org.sargas.store.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A checkpoint with the node's Ed25519 signature (RFC 8032, pure Ed25519) over {@link
 * Checkpoint#signedText()}.
 *
 * @param checkpoint what was signed
 * @param keyId first 8 bytes (hex) of SHA-256 of the signer's X.509 SubjectPublicKeyInfo
 * @param signature 64-byte Ed25519 signature
 */
public record SignedCheckpoint(Checkpoint checkpoint, String keyId, byte[] signature) {
  public SignedCheckpoint {
    Objects.requireNonNull(checkpoint, "checkpoint");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(signature, "signature");
    signature = signature.clone();
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignedCheckpoint s
        && checkpoint.equals(s.checkpoint)
        && keyId.equals(s.keyId)
        && java.security.MessageDigest.isEqual(signature, s.signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(checkpoint, keyId) * 31 + java.util.Arrays.hashCode(signature);
  }

  @Override
  public String toString() {
    return "SignedCheckpoint[" + checkpoint + ", key " + keyId + "]";
  }

  /** Whether the signature is valid for {@code publicKey}; false on any malformed input. */
  public boolean verifies(PublicKey publicKey) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(publicKey);
      s.update(checkpoint.signedText());
      return s.verify(signature);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /** JSON form (canonical): origin, treeSize, rootHash (hex), timestamp, keyId, signature (b64). */
  public byte[] toJson() {
    ObjectNode o = CanonicalJson.object();
    o.put("origin", checkpoint.origin());
    o.put("treeSize", checkpoint.treeSize());
    o.put("rootHash", HexFormat.of().formatHex(checkpoint.rootHash()));
    o.put("timestamp", checkpoint.timestamp().toString());
    o.put("keyId", keyId);
    o.put("signature", Base64.getEncoder().encodeToString(signature));
    return CanonicalJson.bytes(o);
  }

  /**
   * Parses {@link #toJson()} output.
   *
   * @throws IOException naming the missing or malformed field
   */
  public static SignedCheckpoint fromJson(byte[] json) throws IOException {
    JsonNode n = CanonicalJson.parse(json);
    try {
      Checkpoint c =
          new Checkpoint(
              text(n, "origin"),
              n.path("treeSize").asLong(-1),
              HexFormat.of().parseHex(text(n, "rootHash")),
              Instant.parse(text(n, "timestamp")));
      return new SignedCheckpoint(
          c, text(n, "keyId"), Base64.getDecoder().decode(text(n, "signature")));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IOException("malformed checkpoint: " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode n, String field) throws IOException {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IOException("checkpoint field '" + field + "' missing or not a string");
    }
    return v.textValue();
  }
}
