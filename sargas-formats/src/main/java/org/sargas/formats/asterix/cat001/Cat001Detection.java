package org.sargas.formats.asterix.cat001;

/** I001/020 SSRPSR: which radars detected the target in the last scan (CAT001 edition 1.4). */
public enum Cat001Detection {
  /** 0: no detection. */
  NONE,
  /** 1: sole primary detection. */
  PRIMARY,
  /** 2: sole secondary detection. */
  SECONDARY,
  /** 3: combined primary and secondary detection. */
  COMBINED;

  /** The value of a 2-bit SSRPSR code. */
  public static Cat001Detection ofCode(int code) {
    return values()[code & 3];
  }
}
