package org.sargas.formats.asterix;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.sargas.formats.asterix.spec.AsterixCategory;

/**
 * Builds one-record ASTERIX data blocks from items given as hex, for hand-annotated test vectors:
 * the FSPEC is computed from the UAP of the edition, items are written in UAP order, and the offset
 * of every item in the block can be asked for. Immutable: every change returns a copy.
 */
public final class AsterixRecordBuilder {
  private final AsterixCategory uap;
  private final Map<String, String> items = new LinkedHashMap<>();

  private AsterixRecordBuilder(AsterixCategory uap) {
    this.uap = uap;
  }

  /** A record of the given edition. */
  public static AsterixRecordBuilder of(AsterixCategory uap) {
    return new AsterixRecordBuilder(uap);
  }

  /** A copy with item {@code id} (e.g. "105") added or replaced, its octets in hex. */
  public AsterixRecordBuilder item(String id, String hex) {
    AsterixRecordBuilder b = new AsterixRecordBuilder(uap);
    b.items.putAll(items);
    b.items.put(id, hex);
    return b;
  }

  /** A copy with item {@code id} replaced (same as {@link #item}). */
  public AsterixRecordBuilder with(String id, String hex) {
    return item(id, hex);
  }

  /** A copy without item {@code id}. */
  public AsterixRecordBuilder without(String id) {
    AsterixRecordBuilder b = new AsterixRecordBuilder(uap);
    b.items.putAll(items);
    b.items.remove(id);
    return b;
  }

  private TreeMap<Integer, String> byFrn() {
    TreeMap<Integer, String> m = new TreeMap<>();
    for (Map.Entry<String, String> e : items.entrySet()) {
      int k = uap.indexOf(e.getKey());
      if (k < 0) {
        throw new IllegalArgumentException("no item " + e.getKey() + " in the UAP");
      }
      m.put(k, e.getKey());
    }
    return m;
  }

  /** The data block (CAT, LEN, FSPEC, items). */
  public byte[] block() {
    ByteBuffer b = ByteBuffer.allocate(512);
    int start = AsterixBlockWriter.begin(b, uap.category());
    long mask = 0;
    for (int k : byFrn().keySet()) {
      mask |= 1L << k;
    }
    AsterixBlockWriter.fspec(b, mask);
    for (String id : byFrn().values()) {
      b.put(HexFormat.of().parseHex(items.get(id)));
    }
    AsterixBlockWriter.end(b, start);
    byte[] out = new byte[b.position()];
    System.arraycopy(b.array(), 0, out, 0, out.length);
    return out;
  }

  /** Offset of item {@code id} from the start of the block. */
  public int offsetOf(String id) {
    long mask = 0;
    for (int k : byFrn().keySet()) {
      mask |= 1L << k;
    }
    ByteBuffer fspec = ByteBuffer.allocate(16);
    AsterixBlockWriter.fspec(fspec, mask);
    int off = 3 + fspec.position();
    for (String other : byFrn().values()) {
      if (other.equals(id)) {
        return off;
      }
      off += items.get(other).length() / 2;
    }
    throw new IllegalArgumentException("item " + id + " not in the record");
  }
}
