package org.sargas.store.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * RFC 9162 section 2.1.1 hashing with SHA-256: leaf hash {@code SHA-256(0x00 || data)}, interior
 * node hash {@code SHA-256(0x01 || left || right)}, empty tree {@code SHA-256("")}. Every hash is
 * 32 bytes. Stateless and thread-safe (a digest per call).
 */
public final class MerkleHashes {
  /** Length of every hash, bytes. */
  public static final int HASH_BYTES = 32;

  private MerkleHashes() {}

  /** A fresh SHA-256 digest. */
  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  /** {@code SHA-256("")}: the root of the empty tree. */
  public static byte[] emptyRoot() {
    return sha256().digest();
  }

  /** {@code SHA-256(0x00 || data)}. */
  public static byte[] leafHash(byte[] data) {
    return leafHash(sha256(), data);
  }

  static byte[] leafHash(MessageDigest md, byte[] data) {
    md.reset();
    md.update((byte) 0x00);
    md.update(data);
    return md.digest();
  }

  /** {@code SHA-256(0x01 || left || right)}. */
  public static byte[] nodeHash(byte[] left, byte[] right) {
    return nodeHash(sha256(), left, right);
  }

  static byte[] nodeHash(MessageDigest md, byte[] left, byte[] right) {
    md.reset();
    md.update((byte) 0x01);
    md.update(left);
    md.update(right);
    return md.digest();
  }

  /** SHA-256 of arbitrary bytes (file digests in bundles). */
  public static byte[] sha256(byte[] data) {
    return sha256().digest(data);
  }

  /** Largest power of two strictly less than {@code n} (n ≥ 2): the RFC's split point k. */
  static long splitPoint(long n) {
    return Long.highestOneBit(n - 1);
  }
}
