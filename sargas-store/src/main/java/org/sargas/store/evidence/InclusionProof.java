package org.sargas.store.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * An RFC 9162 inclusion proof: the audit path of one leaf in a tree of a given size.
 *
 * @param leafIndex 0-based index of the entry
 * @param treeSize size of the tree the path leads to
 * @param path sibling hashes, leaf side first (32 bytes each)
 */
public record InclusionProof(long leafIndex, long treeSize, List<byte[]> path) {
  public InclusionProof {
    path = List.copyOf(path);
  }

  /** Whether this proof shows {@code entry} at {@code leafIndex} under {@code rootHash}. */
  public boolean verifies(byte[] entry, byte[] rootHash) {
    return MerkleVerifier.verifyInclusion(
        MerkleHashes.leafHash(entry), leafIndex, treeSize, path, rootHash);
  }

  /** Canonical JSON: {@code {"leafIndex":..,"treeSize":..,"path":[hex,...]}}. */
  public byte[] toJson() {
    ObjectNode o = CanonicalJson.object();
    o.put("leafIndex", leafIndex);
    o.put("treeSize", treeSize);
    ArrayNode a = o.putArray("path");
    for (byte[] h : path) {
      a.add(HexFormat.of().formatHex(h));
    }
    return CanonicalJson.bytes(o);
  }

  /**
   * Parses {@link #toJson()} output.
   *
   * @throws IOException if a member is missing or malformed
   */
  public static InclusionProof fromJson(byte[] json) throws IOException {
    JsonNode n = CanonicalJson.parse(json);
    JsonNode path = n.get("path");
    if (!n.path("leafIndex").isIntegralNumber()
        || !n.path("treeSize").isIntegralNumber()
        || path == null
        || !path.isArray()) {
      throw new IOException("inclusion proof lacks leafIndex, treeSize or path");
    }
    List<byte[]> hashes = new ArrayList<>();
    try {
      for (JsonNode h : path) {
        hashes.add(HexFormat.of().parseHex(h.asText()));
      }
    } catch (IllegalArgumentException e) {
      throw new IOException("inclusion proof hash is not hex", e);
    }
    return new InclusionProof(n.get("leafIndex").asLong(), n.get("treeSize").asLong(), hashes);
  }
}
