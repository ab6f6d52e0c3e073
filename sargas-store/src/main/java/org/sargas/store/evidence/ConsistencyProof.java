package org.sargas.store.evidence;

import java.util.List;

/**
 * An RFC 9162 consistency proof between two sizes of the same log.
 *
 * @param firstSize the earlier size
 * @param secondSize the later size
 * @param path the proof's hashes (32 bytes each)
 */
public record ConsistencyProof(long firstSize, long secondSize, List<byte[]> path) {
  public ConsistencyProof {
    path = List.copyOf(path);
  }

  /** Whether the tree with head {@code secondRoot} extends the one with head {@code firstRoot}. */
  public boolean verifies(byte[] firstRoot, byte[] secondRoot) {
    return MerkleVerifier.verifyConsistency(firstSize, secondSize, firstRoot, secondRoot, path);
  }
}
