package org.sargas.store.evidence;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The evidence entry file, {@value #NAME}: an 8-byte header (magic "SGEV", version u16 = 1, header
 * length u16 = 8) then one record per entry: length u32 | CRC32C(data) u32 | data (big-endian).
 * Scanning classifies the first bad record as a torn tail (incomplete, or a CRC failure in the very
 * last record, as a crash can leave) or as corruption (anything before that).
 */
final class EntryFile {
  static final String NAME = "entries.log";
  static final int MAGIC = 0x53474556;
  static final int HEADER_BYTES = 8;
  static final int MAX_ENTRY_BYTES = 16 << 20;

  private EntryFile() {}

  /** Receives each intact entry during a scan. */
  interface Sink {
    void entry(long index, long offset, byte[] data);
  }

  /**
   * Outcome of a scan.
   *
   * @param validEnd offset after the last intact record
   * @param fileBytes size of the file
   * @param findings BAD_HEADER, CORRUPT_ENTRY or TORN_TAIL, at most one
   * @param entries intact entries delivered
   */
  record Scan(long validEnd, long fileBytes, List<AuditFinding> findings, long entries) {}

  static ByteBuffer header() {
    ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES);
    b.putInt(MAGIC).putShort((short) 1).putShort((short) HEADER_BYTES).flip();
    return b;
  }

  static ByteBuffer record(byte[] data) {
    CRC32C crc = new CRC32C();
    crc.update(data);
    ByteBuffer b = ByteBuffer.allocate(8 + data.length);
    b.putInt(data.length).putInt((int) crc.getValue()).put(data).flip();
    return b;
  }

  static Scan scan(Path file, Sink sink) throws IOException {
    try (InputStream raw = Files.newInputStream(file)) {
      return scan(raw, Files.size(file), sink);
    }
  }

  /** Scans {@code size} bytes of entry-file content from {@code raw}. */
  static Scan scan(InputStream raw, long size, Sink sink) throws IOException {
    List<AuditFinding> findings = new ArrayList<>();
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      if (size < HEADER_BYTES) {
        findings.add(
            new AuditFinding(
                AuditFindingKind.TORN_TAIL, NAME + "@0", "file shorter than its header"));
        return new Scan(0, size, findings, 0);
      }
      int magic = in.readInt();
      int version = in.readUnsignedShort();
      int headerBytes = in.readUnsignedShort();
      if (magic != MAGIC || version != 1 || headerBytes != HEADER_BYTES) {
        findings.add(
            new AuditFinding(
                AuditFindingKind.BAD_HEADER,
                NAME + "@0",
                String.format("magic %08x version %d header %d", magic, version, headerBytes)));
        return new Scan(0, size, findings, 0);
      }
      long offset = HEADER_BYTES;
      long index = 0;
      CRC32C crc = new CRC32C();
      while (offset < size) {
        String where = NAME + "@" + offset + " (entry " + index + ")";
        long remaining = size - offset;
        if (remaining < 8) {
          findings.add(
              new AuditFinding(
                  AuditFindingKind.TORN_TAIL,
                  where,
                  remaining + " trailing bytes, a record prefix needs 8"));
          break;
        }
        int length = in.readInt();
        int stored = in.readInt();
        if (length < 0 || length > MAX_ENTRY_BYTES) {
          findings.add(
              new AuditFinding(
                  AuditFindingKind.CORRUPT_ENTRY,
                  where,
                  "record length " + Integer.toUnsignedString(length) + " out of range"));
          break;
        }
        if (8L + length > remaining) {
          findings.add(
              new AuditFinding(
                  AuditFindingKind.TORN_TAIL,
                  where,
                  "record announces " + length + " bytes, " + (remaining - 8) + " present"));
          break;
        }
        byte[] data = new byte[length];
        try {
          in.readFully(data);
        } catch (EOFException e) {
          findings.add(new AuditFinding(AuditFindingKind.TORN_TAIL, where, "file ended early"));
          break;
        }
        crc.reset();
        crc.update(data);
        if ((int) crc.getValue() != stored) {
          boolean last = 8L + length == remaining;
          findings.add(
              new AuditFinding(
                  last ? AuditFindingKind.TORN_TAIL : AuditFindingKind.CORRUPT_ENTRY,
                  where,
                  String.format(
                      "CRC32C stored %08x computed %08x%s",
                      stored, (int) crc.getValue(), last ? " in the last record" : "")));
          break;
        }
        sink.entry(index, offset, data);
        offset += 8L + length;
        index++;
      }
      return new Scan(offset, size, findings, index);
    }
  }
}
