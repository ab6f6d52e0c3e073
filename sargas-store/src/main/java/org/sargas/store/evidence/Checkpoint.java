package org.sargas.store.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A statement of the log's state: its size and tree head at a time. What is signed is {@link
 * #signedText()}, a checkpoint body in the style of the transparency-log "signed note" format: four
 * lines (origin, size in decimal, base64 root hash, ISO-8601 UTC timestamp), each ending in a
 * newline.
 *
 * @param origin name of the log (identifies the node, e.g. {@code "sargas-evidence/1f2e..."})
 * @param treeSize number of entries covered
 * @param rootHash RFC 9162 tree head of the first {@code treeSize} entries, 32 bytes
 * @param timestamp when the node signed it (its injected clock)
 */
public record Checkpoint(String origin, long treeSize, byte[] rootHash, Instant timestamp) {
  public Checkpoint {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(rootHash, "rootHash");
    Objects.requireNonNull(timestamp, "timestamp");
    if (origin.isEmpty() || origin.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("origin must be one non-empty line");
    }
    if (treeSize < 0 || rootHash.length != MerkleHashes.HASH_BYTES) {
      throw new IllegalArgumentException("bad tree size or root hash length");
    }
    rootHash = rootHash.clone();
  }

  @Override
  public byte[] rootHash() {
    return rootHash.clone();
  }

  /** The exact bytes the signature covers (UTF-8). */
  public byte[] signedText() {
    String text =
        origin
            + "\n"
            + treeSize
            + "\n"
            + Base64.getEncoder().encodeToString(rootHash)
            + "\n"
            + timestamp
            + "\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Checkpoint c
        && origin.equals(c.origin)
        && treeSize == c.treeSize
        && java.util.Arrays.equals(rootHash, c.rootHash)
        && timestamp.equals(c.timestamp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(origin, treeSize, timestamp) * 31 + java.util.Arrays.hashCode(rootHash);
  }

  @Override
  public String toString() {
    return "Checkpoint["
        + origin
        + ", size "
        + treeSize
        + ", root "
        + java.util.HexFormat.of().formatHex(rootHash)
        + ", "
        + timestamp
        + "]";
  }
}
