package org.sargas.formats.asterix;

import org.sargas.model.observation.EmitterCategory;
import org.sargas.model.observation.Identity;

/** Builds the model {@link Identity} from the identity items common to ASTERIX categories. */
public final class AsterixIdentity {
  /** Upper-case hex digits (24-bit addresses: the last 6 of 8). */
  private static final java.util.HexFormat HEX = java.util.HexFormat.of().withUpperCase();

  private AsterixIdentity() {}

  /**
   * @param icaoAddress 24-bit address, -1 absent
   * @param callsign aircraft identification, null or empty when absent
   * @param mode3a 12-bit Mode 3/A code, -1 absent
   * @return {@link Identity#NONE} when nothing is known
   */
  public static Identity of(int icaoAddress, String callsign, int mode3a) {
    return of(icaoAddress, callsign, mode3a, -1);
  }

  /**
   * As {@link #of(int, String, int)} with an emitter category.
   *
   * @param emitterCategory ASTERIX emitter category code (CAT021 I021/020 ECAT, CAT062 I062/380
   *     EMC; see {@link EmitterCategory#ofAsterix}), -1 absent
   */
  public static Identity of(int icaoAddress, String callsign, int mode3a, int emitterCategory) {
    boolean noCallsign = callsign == null || callsign.isEmpty();
    if (icaoAddress < 0 && noCallsign && mode3a < 0 && emitterCategory < 0) {
      return Identity.NONE;
    }
    return new Identity(
        icaoAddress < 0 ? null : HEX.toHexDigits(icaoAddress).substring(2),
        noCallsign ? null : callsign,
        mode3a < 0 ? null : String.format("%04o", mode3a),
        null,
        null,
        emitterCategory < 0 ? null : EmitterCategory.ofAsterix(emitterCategory),
        null,
        null,
        null,
        null);
  }
}
