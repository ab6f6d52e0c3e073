package org.sargas.store.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Verifies an evidence bundle offline, with nothing but the bundle (and, ideally, the node's public
 * key obtained out of band), and reports precisely what was modified: which file, and how.
 *
 * <p>Checks, in order: every file against the manifest's SHA-256 and no unlisted files; the public
 * key (and that it is the trusted one, if given); the checkpoint's Ed25519 signature; every entry's
 * RFC 9162 inclusion proof against the signed tree head; that every entry belongs to the incident;
 * and the content files and entry set against the {@code bundle.exported} record, which is itself
 * proven in the log. Stateless and thread-safe.
 */
public final class BundleVerifier {
  private BundleVerifier() {}

  /**
   * Verifies the bundle in {@code dir}.
   *
   * @param trustedKey the node key to trust, or null to accept the bundle's own key (then a forger
   *     who re-signs everything with a key of their own is not detected; the report's key id must
   *     be compared with the node's published one)
   */
  public static BundleReport verify(Path dir, PublicKey trustedKey) throws IOException {
    List<BundleFinding> findings = new ArrayList<>();
    JsonNode manifest;
    try {
      manifest = CanonicalJson.parse(Files.readAllBytes(dir.resolve(BundleLayout.MANIFEST)));
      if (!BundleLayout.FORMAT.equals(manifest.path("format").asText())
          || !manifest.path("files").isArray()
          || !manifest.path("entries").isArray()
          || !manifest.path("exportEntry").isIntegralNumber()) {
        throw new IOException("not a " + BundleLayout.FORMAT + " manifest");
      }
    } catch (IOException e) {
      findings.add(
          new BundleFinding(
              BundleFindingKind.MANIFEST_UNREADABLE,
              BundleLayout.MANIFEST,
              String.valueOf(e.getMessage())));
      return new BundleReport("", "", -1, 0, findings);
    }
    String incidentId = manifest.path("incidentId").asText();

    // 1. Files against the manifest.
    Map<String, String> listed = new LinkedHashMap<>();
    for (JsonNode f : manifest.get("files")) {
      listed.put(f.path("path").asText(), f.path("sha256").asText());
    }
    Map<String, byte[]> present = new LinkedHashMap<>();
    Set<String> flagged = new LinkedHashSet<>();
    for (Map.Entry<String, String> e : listed.entrySet()) {
      Path p = dir.resolve(e.getKey()).normalize();
      if (!p.startsWith(dir.normalize()) || !Files.isRegularFile(p)) {
        findings.add(
            new BundleFinding(
                BundleFindingKind.MISSING_FILE, e.getKey(), "listed in the manifest, absent"));
        flagged.add(e.getKey());
        continue;
      }
      byte[] bytes = Files.readAllBytes(p);
      present.put(e.getKey(), bytes);
      String actual = sha256Hex(bytes);
      if (!actual.equals(e.getValue())) {
        findings.add(
            new BundleFinding(
                BundleFindingKind.MODIFIED_FILE,
                e.getKey(),
                "SHA-256 " + actual + ", manifest says " + e.getValue()));
        flagged.add(e.getKey());
      }
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        if (!rel.equals(BundleLayout.MANIFEST) && !listed.containsKey(rel)) {
          findings.add(
              new BundleFinding(BundleFindingKind.UNLISTED_FILE, rel, "not in the manifest"));
        }
      }
    }

    // 2. Key and checkpoint.
    PublicKey key;
    try {
      key =
          NodeKey.readPublicPem(
              new String(read(dir, BundleLayout.PUBLIC_KEY), StandardCharsets.US_ASCII));
    } catch (IOException e) {
      findings.add(
          new BundleFinding(
              BundleFindingKind.KEY_UNREADABLE, BundleLayout.PUBLIC_KEY, e.getMessage()));
      return new BundleReport(incidentId, "", -1, 0, findings);
    }
    String keyId = NodeKey.keyIdOf(key);
    if (trustedKey != null && !Arrays.equals(trustedKey.getEncoded(), key.getEncoded())) {
      findings.add(
          new BundleFinding(
              BundleFindingKind.UNTRUSTED_KEY,
              BundleLayout.PUBLIC_KEY,
              "bundle key " + keyId + " is not the trusted key " + NodeKey.keyIdOf(trustedKey)));
      key = trustedKey;
    }
    SignedCheckpoint cp;
    try {
      cp = SignedCheckpoint.fromJson(read(dir, BundleLayout.CHECKPOINT));
    } catch (IOException e) {
      findings.add(
          new BundleFinding(
              BundleFindingKind.CHECKPOINT_UNREADABLE, BundleLayout.CHECKPOINT, e.getMessage()));
      return new BundleReport(incidentId, keyId, -1, 0, findings);
    }
    if (!cp.verifies(key)) {
      findings.add(
          new BundleFinding(
              BundleFindingKind.BAD_SIGNATURE,
              BundleLayout.CHECKPOINT,
              "Ed25519 signature over size "
                  + cp.checkpoint().treeSize()
                  + " does not verify with key "
                  + NodeKey.keyIdOf(key)));
    }
    long treeSize = cp.checkpoint().treeSize();
    byte[] root = cp.checkpoint().rootHash();

    // 3. Entries: inclusion and incident.
    List<Long> entryIndices = new ArrayList<>();
    for (JsonNode i : manifest.get("entries")) {
      entryIndices.add(i.asLong());
    }
    long exportIndex = manifest.get("exportEntry").asLong();
    List<Long> all = new ArrayList<>(entryIndices);
    all.add(exportIndex);
    int verified = 0;
    boolean exportProven = false;
    for (long i : all) {
      String entryPath = BundleLayout.entryPath(i);
      String proofPath = BundleLayout.proofPath(i);
      byte[] entry = fileOrNull(dir, entryPath);
      if (entry == null) {
        if (!flagged.contains(entryPath)) {
          findings.add(
              new BundleFinding(
                  BundleFindingKind.MISSING_FILE, entryPath, "entry " + i + " absent"));
        }
        continue;
      }
      InclusionProof proof;
      try {
        proof = InclusionProof.fromJson(read(dir, proofPath));
      } catch (IOException e) {
        findings.add(
            new BundleFinding(BundleFindingKind.PROOF_UNREADABLE, proofPath, e.getMessage()));
        continue;
      }
      if (proof.leafIndex() != i || proof.treeSize() != treeSize) {
        findings.add(
            new BundleFinding(
                BundleFindingKind.PROOF_UNREADABLE,
                proofPath,
                "proof is for leaf "
                    + proof.leafIndex()
                    + " of "
                    + proof.treeSize()
                    + ", expected leaf "
                    + i
                    + " of "
                    + treeSize));
        continue;
      }
      if (!proof.verifies(entry, root)) {
        findings.add(
            new BundleFinding(
                BundleFindingKind.NOT_IN_LOG,
                entryPath,
                "entry "
                    + i
                    + " is not in the signed tree of size "
                    + treeSize
                    + " (the entry or its proof "
                    + proofPath
                    + " was changed)"));
        continue;
      }
      verified++;
      if (i == exportIndex) {
        exportProven = true;
      }
      try {
        EvidenceEntry parsed = EvidenceEntry.parse(entry);
        if (!incidentId.equals(parsed.incidentId())) {
          findings.add(
              new BundleFinding(
                  BundleFindingKind.FOREIGN_ENTRY,
                  entryPath,
                  "entry belongs to incident "
                      + parsed.incidentId()
                      + ", bundle is for "
                      + incidentId));
        }
      } catch (IOException e) {
        findings.add(
            new BundleFinding(BundleFindingKind.EXPORT_RECORD_INVALID, entryPath, e.getMessage()));
      }
    }

    // 4. Content and entry set against the logged export record.
    String exportPath = BundleLayout.entryPath(exportIndex);
    if (!exportProven) {
      findings.add(
          new BundleFinding(
              BundleFindingKind.EXPORT_RECORD_INVALID,
              exportPath,
              "the export record is not proven in the log; content files cannot be anchored"));
    } else {
      JsonNode export =
          CanonicalJson.parse(
              present.get(exportPath) != null ? present.get(exportPath) : read(dir, exportPath));
      if (!"bundle.exported".equals(export.path("type").asText())
          || !export.path("export").path("files").isArray()) {
        findings.add(
            new BundleFinding(
                BundleFindingKind.EXPORT_RECORD_INVALID,
                exportPath,
                "entry "
                    + exportIndex
                    + " is a "
                    + export.path("type").asText()
                    + ", not bundle.exported"));
      } else {
        List<Long> logged = new ArrayList<>();
        export.path("export").path("entries").forEach(n -> logged.add(n.asLong()));
        if (!logged.equals(entryIndices)) {
          findings.add(
              new BundleFinding(
                  BundleFindingKind.ENTRY_SET_MISMATCH,
                  BundleLayout.MANIFEST,
                  "manifest lists entries " + entryIndices + ", the export record " + logged));
        }
        for (JsonNode f : export.path("export").path("files")) {
          String path = f.path("path").asText();
          String loggedHash = f.path("sha256").asText();
          byte[] bytes = fileOrNull(dir, path);
          if (bytes == null) {
            if (!flagged.contains(path)) {
              findings.add(
                  new BundleFinding(
                      BundleFindingKind.MISSING_FILE, path, "recorded at export, absent"));
            }
            continue;
          }
          String actual = sha256Hex(bytes);
          if (!actual.equals(loggedHash)) {
            if (!flagged.contains(path)) {
              findings.add(
                  new BundleFinding(
                      BundleFindingKind.MODIFIED_FILE,
                      path,
                      "SHA-256 "
                          + actual
                          + ", the evidence log recorded "
                          + loggedHash
                          + " at export"));
            }
          } else if (!loggedHash.equals(listed.get(path))) {
            findings.add(
                new BundleFinding(
                    BundleFindingKind.MANIFEST_ALTERED,
                    BundleLayout.MANIFEST,
                    "manifest entry for "
                        + path
                        + " says "
                        + listed.get(path)
                        + ", log recorded "
                        + loggedHash));
          }
        }
      }
    }
    return new BundleReport(incidentId, keyId, treeSize, verified, findings);
  }

  private static byte[] read(Path dir, String rel) throws IOException {
    Path p = dir.resolve(rel);
    if (!Files.isRegularFile(p)) {
      throw new IOException(rel + " absent");
    }
    return Files.readAllBytes(p);
  }

  private static byte[] fileOrNull(Path dir, String rel) throws IOException {
    Path p = dir.resolve(rel).normalize();
    if (!p.startsWith(dir.normalize()) || !Files.isRegularFile(p)) {
      return null;
    }
    return Files.readAllBytes(p);
  }

  private static String sha256Hex(byte[] b) {
    return HexFormat.of().formatHex(MerkleHashes.sha256(b));
  }
}
