package org.sargas.store.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RFC 9162 tree heads and proofs: against the Certificate Transparency reference vectors (leaves
 * and heads published with RFC 6962's reference implementation), and against a direct, unoptimised
 * transcription of the RFC's recursive definitions for every size up to 70.
 */
class MerkleTreeTest {
  private static final HexFormat HEX = HexFormat.of();

  private static final String[] CT_LEAVES = {
    "",
    "00",
    "10",
    "2021",
    "3031",
    "40414243",
    "5051525354555657",
    "606162636465666768696a6b6c6d6e6f"
  };
  private static final String[] CT_ROOTS = {
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
  };

  private static MerkleTree ctTree() {
    MerkleTree t = new MerkleTree();
    for (String leaf : CT_LEAVES) {
      t.appendData(HEX.parseHex(leaf));
    }
    return t;
  }

  private static List<String> hex(List<byte[]> hashes) {
    return hashes.stream().map(HEX::formatHex).toList();
  }

  @Test
  void headsMatchTheReferenceVectors() {
    MerkleTree t = ctTree();
    assertThat(HEX.formatHex(t.rootHash(0)))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    for (int n = 1; n <= 8; n++) {
      assertThat(HEX.formatHex(t.rootHash(n))).as("size %d", n).isEqualTo(CT_ROOTS[n - 1]);
    }
  }

  @Test
  void inclusionPathsMatchTheReferenceVectors() {
    MerkleTree t = ctTree();
    assertThat(hex(t.inclusionPath(0, 8)))
        .containsExactly(
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
    assertThat(hex(t.inclusionPath(5, 8)))
        .containsExactly(
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    assertThat(
            MerkleVerifier.verifyInclusion(
                t.leafHash(5), 5, 8, t.inclusionPath(5, 8), HEX.parseHex(CT_ROOTS[7])))
        .isTrue();
  }

  @Test
  void consistencyProofsMatchTheReferenceVectors() {
    MerkleTree t = ctTree();
    assertThat(hex(t.consistencyProof(2, 5)))
        .containsExactly(
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
    assertThat(hex(t.consistencyProof(6, 8)))
        .containsExactly(
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    assertThat(
            MerkleVerifier.verifyConsistency(
                2,
                5,
                HEX.parseHex(CT_ROOTS[1]),
                HEX.parseHex(CT_ROOTS[4]),
                t.consistencyProof(2, 5)))
        .isTrue();
  }

  // ---- Direct transcription of RFC 9162 section 2.1 (no caching), the oracle. ----

  private static byte[] mth(List<byte[]> d) {
    if (d.isEmpty()) {
      return MerkleHashes.emptyRoot();
    }
    if (d.size() == 1) {
      return MerkleHashes.leafHash(d.get(0));
    }
    int k = Integer.highestOneBit(d.size() - 1);
    return MerkleHashes.nodeHash(mth(d.subList(0, k)), mth(d.subList(k, d.size())));
  }

  private static List<byte[]> pathOracle(int m, List<byte[]> d) {
    List<byte[]> out = new ArrayList<>();
    if (d.size() <= 1) {
      return out;
    }
    int k = Integer.highestOneBit(d.size() - 1);
    if (m < k) {
      out.addAll(pathOracle(m, d.subList(0, k)));
      out.add(mth(d.subList(k, d.size())));
    } else {
      out.addAll(pathOracle(m - k, d.subList(k, d.size())));
      out.add(mth(d.subList(0, k)));
    }
    return out;
  }

  private static List<byte[]> subproofOracle(int m, List<byte[]> d, boolean b) {
    List<byte[]> out = new ArrayList<>();
    int n = d.size();
    if (m == n) {
      if (!b) {
        out.add(mth(d));
      }
      return out;
    }
    int k = Integer.highestOneBit(n - 1);
    if (m <= k) {
      out.addAll(subproofOracle(m, d.subList(0, k), b));
      out.add(mth(d.subList(k, n)));
    } else {
      out.addAll(subproofOracle(m - k, d.subList(k, n), false));
      out.add(mth(d.subList(0, k)));
    }
    return out;
  }

  private static List<byte[]> data(int n) {
    List<byte[]> d = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      d.add(("entry-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return d;
  }

  @Test
  void everyHeadAndProofAgreesWithTheRecursiveDefinitionAndVerifies() {
    int max = 70;
    List<byte[]> d = data(max);
    MerkleTree t = new MerkleTree();
    d.forEach(t::appendData);
    for (int n = 0; n <= max; n++) {
      byte[] root = mth(d.subList(0, n));
      assertThat(t.rootHash(n)).as("head %d", n).isEqualTo(root);
      for (int m = 0; m < n; m++) {
        List<byte[]> p = t.inclusionPath(m, n);
        assertThat(hex(p)).as("path %d/%d", m, n).isEqualTo(hex(pathOracle(m, d.subList(0, n))));
        assertThat(MerkleVerifier.verifyInclusion(t.leafHash(m), m, n, p, root)).isTrue();
      }
      for (int m = 0; m <= n; m++) {
        List<byte[]> c = t.consistencyProof(m, n);
        List<byte[]> expected =
            m == 0 || m == n ? List.of() : subproofOracle(m, d.subList(0, n), true);
        assertThat(hex(c)).as("proof %d->%d", m, n).isEqualTo(hex(expected));
        assertThat(MerkleVerifier.verifyConsistency(m, n, t.rootHash(m), root, c))
            .as("consistency %d->%d", m, n)
            .isTrue();
      }
    }
  }

  @Test
  void mangledInclusionProofsFail() {
    List<byte[]> d = data(40);
    MerkleTree t = new MerkleTree();
    d.forEach(t::appendData);
    for (int n = 2; n <= 40; n++) {
      byte[] root = t.rootHash(n);
      for (int m = 0; m < n; m++) {
        List<byte[]> p = t.inclusionPath(m, n);
        byte[] leaf = t.leafHash(m);
        assertThat(MerkleVerifier.verifyInclusion(leaf, m, n, p.subList(0, p.size() - 1), root))
            .isFalse();
        List<byte[]> longer = new ArrayList<>(p);
        longer.add(new byte[32]);
        assertThat(MerkleVerifier.verifyInclusion(leaf, m, n, longer, root)).isFalse();
        List<byte[]> flipped = new ArrayList<>(p);
        byte[] h = flipped.get(0).clone();
        h[5] ^= 1;
        flipped.set(0, h);
        assertThat(MerkleVerifier.verifyInclusion(leaf, m, n, flipped, root)).isFalse();
        assertThat(MerkleVerifier.verifyInclusion(leaf, m ^ 1, n, p, root)).isFalse();
        assertThat(MerkleVerifier.verifyInclusion(t.leafHash((m + 1) % n), m, n, p, root))
            .isFalse();
      }
      assertThat(MerkleVerifier.verifyInclusion(t.leafHash(0), n, n, List.of(), root)).isFalse();
      assertThat(MerkleVerifier.verifyInclusion(t.leafHash(0), -1, n, List.of(), root)).isFalse();
      assertThat(MerkleVerifier.verifyInclusion(new byte[31], 0, n, List.of(), root)).isFalse();
    }
  }

  @Test
  void mangledConsistencyProofsFail() {
    List<byte[]> d = data(40);
    MerkleTree t = new MerkleTree();
    d.forEach(t::appendData);
    for (int n = 2; n <= 40; n++) {
      for (int m = 1; m < n; m++) {
        List<byte[]> c = t.consistencyProof(m, n);
        byte[] r1 = t.rootHash(m);
        byte[] r2 = t.rootHash(n);
        assertThat(MerkleVerifier.verifyConsistency(m, n, r1, r2, c.subList(0, c.size() - 1)))
            .isFalse();
        List<byte[]> longer = new ArrayList<>(c);
        longer.add(new byte[32]);
        assertThat(MerkleVerifier.verifyConsistency(m, n, r1, r2, longer)).isFalse();
        for (int i = 0; i < c.size(); i++) {
          List<byte[]> flipped = new ArrayList<>(c);
          byte[] h = flipped.get(i).clone();
          h[0] ^= (byte) 0x80;
          flipped.set(i, h);
          assertThat(MerkleVerifier.verifyConsistency(m, n, r1, r2, flipped)).isFalse();
        }
        byte[] otherFirst = Arrays.copyOf(r1, 32);
        otherFirst[31] ^= 1;
        assertThat(MerkleVerifier.verifyConsistency(m, n, otherFirst, r2, c)).isFalse();
        assertThat(MerkleVerifier.verifyConsistency(m, n, r1, t.rootHash(n - 1), c)).isFalse();
      }
    }
    byte[] r4 = t.rootHash(4);
    assertThat(MerkleVerifier.verifyConsistency(4, 4, r4, r4, List.of())).isTrue();
    assertThat(MerkleVerifier.verifyConsistency(4, 4, r4, t.rootHash(5), List.of())).isFalse();
    assertThat(MerkleVerifier.verifyConsistency(5, 4, r4, r4, List.of())).isFalse();
    assertThat(
            MerkleVerifier.verifyConsistency(
                0, 8, MerkleHashes.emptyRoot(), t.rootHash(8), List.of()))
        .isTrue();
    assertThat(MerkleVerifier.verifyConsistency(3, 8, t.rootHash(3), t.rootHash(8), List.of()))
        .isFalse();
  }
}
