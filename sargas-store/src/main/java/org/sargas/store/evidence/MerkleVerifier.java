package org.sargas.store.evidence;

import java.security.MessageDigest;
import java.util.List;

/**
 * Proof verification exactly as RFC 9162 specifies it: inclusion (section 2.1.3.2) and consistency
 * (section 2.1.4.2). Independent of {@link MerkleTree}: a verifier needs only the proof, the sizes
 * and the hashes. Stateless and thread-safe; malformed input (wrong hash lengths, out-of-range
 * indices) yields {@code false}, never an exception.
 */
public final class MerkleVerifier {
  private MerkleVerifier() {}

  /**
   * Whether {@code path} proves that the leaf with hash {@code leafHash} is at {@code leafIndex} in
   * the tree of {@code treeSize} leaves whose head is {@code rootHash}.
   */
  public static boolean verifyInclusion(
      byte[] leafHash, long leafIndex, long treeSize, List<byte[]> path, byte[] rootHash) {
    if (!isHash(leafHash) || !isHash(rootHash) || path == null) {
      return false;
    }
    // 1. leaf_index must be below tree_size.
    if (leafIndex < 0 || leafIndex >= treeSize) {
      return false;
    }
    MessageDigest md = MerkleHashes.sha256();
    // 2.-3.
    long fn = leafIndex;
    long sn = treeSize - 1;
    byte[] r = leafHash;
    // 4.
    for (byte[] p : path) {
      if (!isHash(p) || sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = MerkleHashes.nodeHash(md, p, r);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        r = MerkleHashes.nodeHash(md, r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    // 5.
    return sn == 0 && MessageDigest.isEqual(r, rootHash);
  }

  /**
   * Whether {@code path} proves that the tree of {@code secondSize} leaves with head {@code
   * secondRoot} extends the tree of {@code firstSize} leaves with head {@code firstRoot}. Equal
   * sizes need an empty proof and equal heads; a first size of 0 needs an empty proof and the
   * empty-tree head.
   */
  public static boolean verifyConsistency(
      long firstSize, long secondSize, byte[] firstRoot, byte[] secondRoot, List<byte[]> path) {
    if (!isHash(firstRoot) || !isHash(secondRoot) || path == null) {
      return false;
    }
    if (firstSize < 0 || secondSize < firstSize) {
      return false;
    }
    if (firstSize == secondSize) {
      return path.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
    }
    if (firstSize == 0) {
      return path.isEmpty() && MessageDigest.isEqual(firstRoot, MerkleHashes.emptyRoot());
    }
    // 1. An empty consistency_path fails.
    if (path.isEmpty()) {
      return false;
    }
    for (byte[] c : path) {
      if (!isHash(c)) {
        return false;
      }
    }
    MessageDigest md = MerkleHashes.sha256();
    // 2. If first is an exact power of 2, prepend first_hash.
    int i = 0;
    byte[] fr;
    byte[] sr;
    if (Long.bitCount(firstSize) == 1) {
      fr = firstRoot;
      sr = firstRoot;
    } else {
      fr = path.get(0);
      sr = path.get(0);
      i = 1;
    }
    // 3.
    long fn = firstSize - 1;
    long sn = secondSize - 1;
    // 4.
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    // 5. (fr, sr set above) 6.
    for (; i < path.size(); i++) {
      byte[] c = path.get(i);
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = MerkleHashes.nodeHash(md, c, fr);
        sr = MerkleHashes.nodeHash(md, c, sr);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        sr = MerkleHashes.nodeHash(md, sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    // 7.
    return MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot) && sn == 0;
  }

  private static boolean isHash(byte[] h) {
    return h != null && h.length == MerkleHashes.HASH_BYTES;
  }
}
