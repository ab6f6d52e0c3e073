package org.sargas.store.evidence;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An append-only Merkle tree over leaf hashes, computing RFC 9162 section 2.1.1 tree heads ({@code
 * MTH}), inclusion paths ({@code PATH}, section 2.1.3.1) and consistency proofs ({@code
 * PROOF}/{@code SUBPROOF}, section 2.1.4.1) for any earlier tree size.
 *
 * <p>Every perfect subtree's hash is cached as it completes (about 2 × 32 bytes per leaf in
 * memory), so an append costs amortised one node hash and a root, proof or earlier head costs O(log
 * n) hashes. Not thread-safe: its owner ({@link EvidenceLog}) serialises access.
 */
public final class MerkleTree {
  /** levels.get(k) holds the hashes of the complete subtrees of 2^k leaves, left to right. */
  private final List<HashArray> levels = new ArrayList<>();

  private final MessageDigest md = MerkleHashes.sha256();
  private long size;

  /** An empty tree. */
  public MerkleTree() {
    levels.add(new HashArray());
  }

  /** Number of leaves. */
  public long size() {
    return size;
  }

  /** Appends the data's leaf hash; returns the new leaf's index. */
  public long appendData(byte[] data) {
    return appendLeafHash(MerkleHashes.leafHash(md, data));
  }

  /** Appends a leaf hash (32 bytes); returns the new leaf's index. */
  public long appendLeafHash(byte[] leafHash) {
    checkHash(leafHash);
    long index = size;
    levels.get(0).add(leafHash);
    size++;
    long idx = index;
    int k = 0;
    while ((idx & 1) == 1) {
      byte[] right = levels.get(k).get(idx);
      byte[] left = levels.get(k).get(idx - 1);
      if (levels.size() == k + 1) {
        levels.add(new HashArray());
      }
      levels.get(k + 1).add(MerkleHashes.nodeHash(md, left, right));
      idx >>= 1;
      k++;
    }
    return index;
  }

  /** The leaf hash at {@code index}. */
  public byte[] leafHash(long index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("leaf " + index + " of " + size);
    }
    return levels.get(0).get(index);
  }

  /** The current tree head. */
  public byte[] rootHash() {
    return rootHash(size);
  }

  /** {@code MTH(D[0:treeSize])}: the head the tree had at an earlier size. */
  public byte[] rootHash(long treeSize) {
    checkSize(treeSize);
    return treeSize == 0 ? MerkleHashes.emptyRoot() : subtree(0, treeSize);
  }

  /** {@code PATH(leafIndex, D[0:treeSize])}, leaf side first. */
  public List<byte[]> inclusionPath(long leafIndex, long treeSize) {
    checkSize(treeSize);
    if (leafIndex < 0 || leafIndex >= treeSize) {
      throw new IndexOutOfBoundsException("leaf " + leafIndex + " not in a tree of " + treeSize);
    }
    List<byte[]> out = new ArrayList<>();
    path(leafIndex, 0, treeSize, out);
    return out;
  }

  /** {@code PROOF(firstSize, D[0:secondSize])}; empty when the sizes are equal or first is 0. */
  public List<byte[]> consistencyProof(long firstSize, long secondSize) {
    checkSize(secondSize);
    if (firstSize < 0 || firstSize > secondSize) {
      throw new IllegalArgumentException("first size " + firstSize + " vs second " + secondSize);
    }
    List<byte[]> out = new ArrayList<>();
    if (firstSize > 0 && firstSize < secondSize) {
      subproof(firstSize, 0, secondSize, true, out);
    }
    return out;
  }

  /** MTH of the n leaves starting at start (start is aligned to the subtree sizes the RFC uses). */
  private byte[] subtree(long start, long n) {
    if (Long.bitCount(n) == 1) {
      int level = Long.numberOfTrailingZeros(n);
      return levels.get(level).get(start >> level);
    }
    long k = MerkleHashes.splitPoint(n);
    return MerkleHashes.nodeHash(md, subtree(start, k), subtree(start + k, n - k));
  }

  private void path(long m, long start, long n, List<byte[]> out) {
    if (n == 1) {
      return;
    }
    long k = MerkleHashes.splitPoint(n);
    if (m < k) {
      path(m, start, k, out);
      out.add(subtree(start + k, n - k));
    } else {
      path(m - k, start + k, n - k, out);
      out.add(subtree(start, k));
    }
  }

  private void subproof(long m, long start, long n, boolean b, List<byte[]> out) {
    if (m == n) {
      if (!b) {
        out.add(subtree(start, n));
      }
      return;
    }
    long k = MerkleHashes.splitPoint(n);
    if (m <= k) {
      subproof(m, start, k, b, out);
      out.add(subtree(start + k, n - k));
    } else {
      subproof(m - k, start + k, n - k, false, out);
      out.add(subtree(start, k));
    }
  }

  private void checkSize(long treeSize) {
    if (treeSize < 0 || treeSize > size) {
      throw new IllegalArgumentException("tree size " + treeSize + " outside [0, " + size + "]");
    }
  }

  private static void checkHash(byte[] h) {
    if (h == null || h.length != MerkleHashes.HASH_BYTES) {
      throw new IllegalArgumentException("hash must be 32 bytes");
    }
  }

  /** A growable flat array of 32-byte hashes. */
  private static final class HashArray {
    private byte[] data = new byte[MerkleHashes.HASH_BYTES * 16];
    private long count;

    void add(byte[] h) {
      long end = (count + 1) * MerkleHashes.HASH_BYTES;
      if (end > data.length) {
        long grown = Math.max(end, (long) data.length * 2);
        if (grown > Integer.MAX_VALUE - 8) {
          throw new IllegalStateException("Merkle tree level exceeds 2^26 hashes");
        }
        data = Arrays.copyOf(data, (int) grown);
      }
      System.arraycopy(
          h, 0, data, (int) (count * MerkleHashes.HASH_BYTES), MerkleHashes.HASH_BYTES);
      count++;
    }

    byte[] get(long i) {
      int off = (int) (i * MerkleHashes.HASH_BYTES);
      return Arrays.copyOfRange(data, off, off + MerkleHashes.HASH_BYTES);
    }
  }
}
