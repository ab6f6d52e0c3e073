package org.sargas.store.evidence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HexFormat;

/** File names and small helpers of the bundle layout (docs/evidence.md). */
final class BundleLayout {
  static final String FORMAT = "sargas-evidence-bundle/1";
  static final String MANIFEST = "manifest.json";
  static final String INCIDENT = "incident.json";
  static final String TRACK = "track.json";
  static final String FRAMES = "frames.jsonl";
  static final String CHECKPOINT = "checkpoint.json";
  static final String PUBLIC_KEY = "public-key.pem";
  static final String ENTRIES_DIR = "entries";
  static final String PROOFS_DIR = "proofs";

  private BundleLayout() {}

  static String entryPath(long index) {
    return ENTRIES_DIR + "/" + String.format("%012d", index) + ".json";
  }

  static String proofPath(long index) {
    return PROOFS_DIR + "/" + String.format("%012d", index) + ".json";
  }

  /** {"path":..,"sha256":..,"bytes":..}. */
  static ObjectNode fileNode(String path, byte[] content) {
    ObjectNode o = CanonicalJson.object();
    o.put("path", path);
    o.put("sha256", HexFormat.of().formatHex(MerkleHashes.sha256(content)));
    o.put("bytes", content.length);
    return o;
  }

  static void addFile(ArrayNode list, String path, byte[] content) {
    list.add(fileNode(path, content));
  }
}
