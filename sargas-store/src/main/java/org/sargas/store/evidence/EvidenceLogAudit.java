package org.sargas.store.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Offline, read-only audit of an evidence log directory against a trusted public key: every
 * record's CRC, every entry's JSON, every checkpoint's signature, and every checkpoint's tree head
 * against the head rebuilt from the entries. Any modification, insertion, deletion, reordering or
 * truncation of entries covered by a checkpoint makes the report not {@link AuditReport#ok()}.
 * Thread-safe (no state).
 */
public final class EvidenceLogAudit {
  private EvidenceLogAudit() {}

  /**
   * Audits {@code directory}.
   *
   * @param trustedKey the node's public key, obtained out of band (not from the directory)
   * @throws IOException if the directory's files cannot be read
   */
  public static AuditReport audit(Path directory, PublicKey trustedKey) throws IOException {
    Path entries = directory.resolve(EntryFile.NAME);
    Path checkpoints = directory.resolve(CheckpointFile.NAME);
    return audit(
        Files.exists(entries) ? Files.readAllBytes(entries) : null,
        Files.exists(checkpoints) ? Files.readAllBytes(checkpoints) : new byte[0],
        trustedKey);
  }

  /**
   * Audits the contents of an entry file and a checkpoint file held in memory.
   *
   * @param entries content of {@code entries.log}, or null if there is none
   * @param checkpoints content of {@code checkpoints.jsonl}
   */
  public static AuditReport audit(byte[] entries, byte[] checkpoints, PublicKey trustedKey)
      throws IOException {
    List<AuditFinding> findings = new ArrayList<>();
    MerkleTree tree = new MerkleTree();
    long entryCount = 0;
    if (entries != null) {
      EntryFile.Scan scan =
          EntryFile.scan(
              new ByteArrayInputStream(entries),
              entries.length,
              (index, offset, data) -> {
                tree.appendData(data);
                try {
                  EvidenceEntry.parse(data);
                } catch (IOException e) {
                  findings.add(
                      new AuditFinding(
                          AuditFindingKind.MALFORMED_ENTRY,
                          EntryFile.NAME + "@" + offset + " (entry " + index + ")",
                          e.getMessage()));
                }
              });
      findings.addAll(scan.findings());
      entryCount = scan.entries();
    }
    CheckpointFile.Check check = CheckpointFile.check(checkpoints, trustedKey, tree);
    findings.addAll(check.findings());
    long covered = check.latest() == null ? 0 : check.latest().checkpoint().treeSize();
    if (tree.size() > covered) {
      findings.add(
          new AuditFinding(
              AuditFindingKind.UNCHECKPOINTED_ENTRIES,
              EntryFile.NAME,
              "entries [" + covered + ", " + tree.size() + ") are not yet signed"));
    }
    return new AuditReport(entryCount, check.checkpoints(), findings);
  }
}
