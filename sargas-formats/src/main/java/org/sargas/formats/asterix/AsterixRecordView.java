package org.sargas.formats.asterix;

import org.sargas.formats.asterix.spec.AsterixCategory;

/**
 * One decoded ASTERIX record, as offsets into the caller's bytes: which UAP items are present and
 * where each starts. A flyweight: the {@link AsterixDecoder} reuses one instance for every record
 * and the view is valid only during the {@link AsterixRecordSink#record} call that received it
 * (copy what you need, e.g. with a typed reader such as {@code Cat048View}). Not thread-safe.
 */
public final class AsterixRecordView {
  private static final int MAX_ITEMS = 64;

  private byte[] buffer;
  private CategoryLayout layout;
  private int recordOffset;
  private int recordLength;
  private long sourceOffset;
  private final int[] itemOffset = new int[MAX_ITEMS];
  private final int[] itemLength = new int[MAX_ITEMS];

  void reset(byte[] buffer, CategoryLayout layout, int recordOffset, long sourceOffset) {
    this.buffer = buffer;
    this.layout = layout;
    this.recordOffset = recordOffset;
    this.sourceOffset = sourceOffset;
    this.recordLength = 0;
    java.util.Arrays.fill(itemOffset, 0, layout.maxSlots, -1);
  }

  /** Switches to another UAP variation of the same category (items already set stay). */
  void relayout(CategoryLayout variation) {
    this.layout = variation;
  }

  void setItem(int index, int offset, int length) {
    itemOffset[index] = offset;
    itemLength[index] = length;
  }

  void setRecordLength(int length) {
    this.recordLength = length;
  }

  /** The category number. */
  public int category() {
    return layout.spec.category();
  }

  /**
   * The edition this record was decoded with; for a category with several UAPs, restricted to the
   * UAP the record uses (its {@code uap()} is that variation's).
   */
  public AsterixCategory spec() {
    return layout.spec;
  }

  /**
   * The name of the UAP variation the record uses (CAT001: {@code "plot"} or {@code "track"}), or
   * null for categories with a single UAP.
   */
  public String uapVariation() {
    return layout.variation;
  }

  /** The bytes the record lies in (not a copy). */
  public byte[] buffer() {
    return buffer;
  }

  /** Offset of the record's first FSPEC octet in {@link #buffer()}. */
  public int recordOffset() {
    return recordOffset;
  }

  /** Length of the record in octets, FSPEC included. */
  public int recordLength() {
    return recordLength;
  }

  /** Offset of the record from the start of the source (file or datagram) given to the decoder. */
  public long sourceOffset() {
    return sourceOffset;
  }

  /** Number of UAP slots (FRNs) of the edition. */
  public int slots() {
    return layout.items.length;
  }

  /** Whether the item at UAP index {@code index} (FRN - 1) is present. */
  public boolean has(int index) {
    return index >= 0 && index < layout.items.length && itemOffset[index] >= 0;
  }

  /** Offset in {@link #buffer()} of the item at UAP index {@code index}, or -1 when absent. */
  public int itemOffset(int index) {
    return index >= 0 && index < layout.items.length ? itemOffset[index] : -1;
  }

  /**
   * Offset in {@link #buffer()} of subitem {@code sub} (0-based presence bit, i.e. subfield #{@code
   * sub + 1}) of the compound item at UAP index {@code index}, or -1 when absent.
   */
  public int subitemOffset(int index, int sub) {
    int off = itemOffset(index);
    if (off < 0) {
      return -1;
    }
    return layout.items[index].subitemOffset(buffer, off, off + itemLength[index], sub);
  }

  /**
   * Offset from the start of the source (as {@link #sourceOffset()}) of the item at UAP index
   * {@code index}, or of the record when the item is absent. Failures about an item's value name
   * this offset.
   */
  public long itemSourceOffset(int index) {
    int off = itemOffset(index);
    return off < 0 ? sourceOffset : sourceOffset + (off - recordOffset);
  }

  /** Length in octets of the present item at UAP index {@code index}. */
  public int itemLength(int index) {
    return itemLength[index];
  }
}
