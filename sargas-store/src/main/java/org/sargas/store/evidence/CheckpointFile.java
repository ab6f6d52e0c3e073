package org.sargas.store.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The checkpoint file, {@value #NAME}: one {@link SignedCheckpoint#toJson()} per line, newest last.
 * Checking verifies every line against a public key and a rebuilt tree.
 */
final class CheckpointFile {
  static final String NAME = "checkpoints.jsonl";

  private CheckpointFile() {}

  /**
   * Result of reading and checking the file.
   *
   * @param checkpoints lines parsed (valid or not)
   * @param latest last checkpoint that verified, or null
   * @param validEnd byte offset after the last complete line
   * @param findings what failed
   */
  record Check(
      long checkpoints, SignedCheckpoint latest, long validEnd, List<AuditFinding> findings) {}

  static Check check(Path file, PublicKey key, MerkleTree tree) throws IOException {
    if (!Files.exists(file)) {
      return new Check(0, null, 0, List.of());
    }
    return check(Files.readAllBytes(file), key, tree);
  }

  /** Checks checkpoint-file content. */
  static Check check(byte[] all, PublicKey key, MerkleTree tree) {
    List<AuditFinding> findings = new ArrayList<>();
    String expectedKeyId = NodeKey.keyIdOf(key);
    int start = 0;
    int line = 0;
    long lastGoodSize = 0;
    long maxSize = 0;
    SignedCheckpoint latest = null;
    long count = 0;
    while (start < all.length) {
      int nl = indexOf(all, (byte) '\n', start);
      if (nl < 0) {
        findings.add(
            new AuditFinding(
                AuditFindingKind.TORN_TAIL,
                NAME + " line " + (line + 1),
                "last line incomplete (" + (all.length - start) + " bytes without newline)"));
        break;
      }
      line++;
      count++;
      byte[] json = Arrays.copyOfRange(all, start, nl);
      start = nl + 1;
      String where = NAME + " line " + line;
      SignedCheckpoint sc;
      try {
        sc = SignedCheckpoint.fromJson(json);
      } catch (IOException e) {
        findings.add(
            new AuditFinding(AuditFindingKind.CHECKPOINT_UNREADABLE, where, e.getMessage()));
        continue;
      }
      if (!Arrays.equals(sc.toJson(), json)) {
        findings.add(
            new AuditFinding(
                AuditFindingKind.CHECKPOINT_UNREADABLE,
                where,
                "not in canonical form (bytes altered without changing the parsed values)"));
        continue;
      }
      long size = sc.checkpoint().treeSize();
      if (!sc.keyId().equals(expectedKeyId)) {
        findings.add(
            new AuditFinding(
                AuditFindingKind.CHECKPOINT_WRONG_KEY,
                where,
                "signed by key " + sc.keyId() + ", trusted key is " + expectedKeyId));
        continue;
      }
      if (!sc.verifies(key)) {
        findings.add(
            new AuditFinding(
                AuditFindingKind.CHECKPOINT_BAD_SIGNATURE,
                where,
                "signature over size " + size + " does not verify"));
        continue;
      }
      if (size < maxSize) {
        findings.add(
            new AuditFinding(
                AuditFindingKind.CHECKPOINT_ROLLBACK,
                where,
                "size " + size + " after an earlier checkpoint of size " + maxSize));
      }
      maxSize = Math.max(maxSize, size);
      if (size > tree.size()) {
        findings.add(
            new AuditFinding(
                AuditFindingKind.CHECKPOINT_BEYOND_LOG,
                where,
                "checkpoint signs "
                    + size
                    + " entries, the log holds "
                    + tree.size()
                    + ": entries deleted or cut off"));
        continue;
      }
      if (!MessageDigest.isEqual(tree.rootHash(size), sc.checkpoint().rootHash())) {
        findings.add(
            new AuditFinding(
                AuditFindingKind.CHECKPOINT_ROOT_MISMATCH,
                where,
                "tree head of the first "
                    + size
                    + " entries differs from the signed one: entries in ["
                    + Math.min(lastGoodSize, size)
                    + ", "
                    + size
                    + ") were modified, inserted, removed or reordered"));
        continue;
      }
      lastGoodSize = Math.max(lastGoodSize, size);
      latest = sc;
    }
    return new Check(count, latest, start, findings);
  }

  static byte[] line(SignedCheckpoint sc) {
    byte[] json = sc.toJson();
    byte[] out = Arrays.copyOf(json, json.length + 1);
    out[json.length] = '\n';
    return out;
  }

  private static int indexOf(byte[] a, byte b, int from) {
    for (int i = from; i < a.length; i++) {
      if (a[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
