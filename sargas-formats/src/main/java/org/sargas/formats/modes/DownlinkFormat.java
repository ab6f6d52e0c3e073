package org.sargas.formats.modes;

/** Mode S downlink formats (ICAO Annex 10 Vol IV, 3.1.2.3.2.1.2) that Sargas decodes. */
public enum DownlinkFormat {
  /** DF0 short air-air surveillance (ACAS), altitude. */
  DF0(0, 56),
  /** DF4 surveillance altitude reply. */
  DF4(4, 56),
  /** DF5 surveillance identity (Mode A) reply. */
  DF5(5, 56),
  /** DF11 all-call reply: address in clear. */
  DF11(11, 56),
  /** DF16 long air-air surveillance (ACAS), altitude. */
  DF16(16, 112),
  /** DF17 extended squitter from a Mode S transponder. */
  DF17(17, 112),
  /** DF18 extended squitter from a non-transponder device (CF field), TIS-B, ADS-R. */
  DF18(18, 112),
  /** DF20 Comm-B altitude reply. */
  DF20(20, 112),
  /** DF21 Comm-B identity reply. */
  DF21(21, 112);

  private static final DownlinkFormat[] BY_CODE = new DownlinkFormat[32];

  static {
    for (DownlinkFormat f : values()) {
      BY_CODE[f.code] = f;
    }
  }

  private final int code;
  private final int bits;

  DownlinkFormat(int code, int bits) {
    this.code = code;
    this.bits = bits;
  }

  /** The 5-bit DF code. */
  public int code() {
    return code;
  }

  /** Frame length in bits (56 or 112). */
  public int bits() {
    return bits;
  }

  /** The format for a DF code, or null when Sargas does not decode it. */
  public static DownlinkFormat ofCode(int df) {
    return df >= 0 && df < 32 ? BY_CODE[df] : null;
  }
}
