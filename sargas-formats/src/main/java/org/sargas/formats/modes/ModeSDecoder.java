package org.sargas.formats.modes;

import org.sargas.formats.Bits;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.FieldDomain;

/**
 * Decodes Mode S frames (56 or 112 bits) into a reusable {@link ModeSFields}: DF 0, 4, 5, 11, 16,
 * 17, 18, 20, 21; for extended squitter (DO-260B) identification and category (TC 1-4), surface
 * position (5-8), airborne position with barometric (9-18) or GNSS (20-22) height, airborne
 * velocity subtypes 1-4 (TC 19), aircraft status (28), target state and status (29) and operational
 * status (31). Positions are resolved from CPR with per-aircraft state ({@link AircraftStates}).
 *
 * <p>Address trust follows real receivers (dump1090/readsb): an address becomes known from a DF11
 * with zero parity remainder or a DF17/DF18 (CF 0) with zero remainder; DF11 with a non-zero
 * interrogator code, address/parity replies (DF0/4/5/16/20/21) and single-bit-corrected squitters
 * are trusted only if their address is already known. Positions are decoded for trusted addresses
 * and for CRC-valid DF18 squitters with a non-ICAO address (CF 1, e.g. ground vehicles), whose
 * state is kept apart from ICAO addresses; the latter keep {@code icaoTrusted == false}.
 *
 * <p>Reasonableness: a global CPR pair must lie within 10 s (airborne) or 25 s (surface), both
 * latitudes in the same NL zone, and a new position must be reachable from the last one at {@value
 * #MAX_SPEED_KT} kt (plus 5 NM). Local decoding uses the aircraft's last position (less than 10 min
 * old) or the receiver's position when configured.
 *
 * <p>Domain: a frame whose altitude (AC13, the ES 12-bit altitude or GNSS height) lies outside
 * [-1,500, 30,000] m, whose ground speed or airspeed exceeds 1,500 m/s, or whose CPR position
 * decodes to a latitude outside [-90°, 90°] is a {@link DecodeFailure} naming the DF, type code,
 * quantity and value ({@link FieldDomain}); its position is not used and the aircraft's CPR state
 * is not updated with it. Longitudes are normalised to [-180°, 180°).
 *
 * <p>Allocation-free except for failures. Not thread-safe: one decoder per feed.
 */
public final class ModeSDecoder {
  /** Fastest plausible ground speed for position checks, knots. */
  public static final double MAX_SPEED_KT = 1500.0;

  private static final long PAIR_AIRBORNE_MS = 10_000;
  private static final long PAIR_SURFACE_MS = 25_000;
  private static final long LOCAL_REF_MS = 600_000;
  private static final char[] CHARS =
      "#ABCDEFGHIJKLMNOPQRSTUVWXYZ##### ###############0123456789######".toCharArray();

  private final AircraftStates states;
  private final boolean correctSingleBit;
  private final double receiverLatDeg;
  private final double receiverLonDeg;
  private final double[] cpr = new double[2];
  private final byte[] work = new byte[14];

  private static final double FT_M = 0.3048;
  private static final double KT_MPS = 1852.0 / 3600.0;

  /** State key offset for non-ICAO (DF18 CF 1) addresses. */
  private static final int NON_ICAO = 1 << 24;

  /**
   * @param maxAircraft bound on per-aircraft state
   * @param stateTtlMs forget an aircraft after this long without messages
   * @param correctSingleBit whether to repair one flipped bit in DF11/17/18 (known addresses only)
   * @param receiverLatDeg receiver latitude for local CPR decoding, NaN when unknown
   * @param receiverLonDeg receiver longitude, NaN when unknown
   */
  public ModeSDecoder(
      int maxAircraft,
      long stateTtlMs,
      boolean correctSingleBit,
      double receiverLatDeg,
      double receiverLonDeg) {
    this.states = new AircraftStates(maxAircraft, stateTtlMs);
    this.correctSingleBit = correctSingleBit;
    this.receiverLatDeg = receiverLatDeg;
    this.receiverLonDeg = receiverLonDeg;
  }

  /** A decoder with room for 4096 aircraft, 60 s state, no bit correction, no receiver position. */
  public ModeSDecoder() {
    this(4096, 60_000, false, Double.NaN, Double.NaN);
  }

  /** Number of aircraft currently holding state. */
  public int trackedAircraft() {
    return states.size();
  }

  /**
   * Decodes one frame.
   *
   * @param frame the frame's octets (7 or 14), copied into a work buffer if corrected
   * @param timeMs event time in milliseconds (any epoch, monotonic per feed) for CPR pairing and
   *     state expiry
   * @param out receives the fields (cleared first)
   * @param source source name for failures
   * @param offset source offset for failures
   * @return null when decoded, else why not
   */
  public DecodeFailure decode(
      byte[] frame, int off, int len, long timeMs, ModeSFields out, String source, long offset) {
    out.clear();
    if (len != 7 && len != 14) {
      return new DecodeFailure(
          source, offset, "Mode S frame of " + len + " octets (expected 7 or 14)");
    }
    int dfCode = (frame[off] & 0xff) >>> 3;
    DownlinkFormat df = DownlinkFormat.ofCode(dfCode);
    if (df == null) {
      return new DecodeFailure(source, offset, "DF" + dfCode + " not decoded");
    }
    if (df.bits() != len * 8) {
      return new DecodeFailure(
          source, offset, "DF" + dfCode + " needs " + df.bits() / 8 + " octets, frame has " + len);
    }
    out.df = dfCode;
    int rem = ModeSCrc.remainder(frame, off, len);
    switch (df) {
      case DF11:
        return decodeAllCall(frame, off, rem, timeMs, out, source, offset);
      case DF17:
      case DF18:
        return decodeSquitter(frame, off, len, rem, timeMs, out, source, offset);
      default:
        return decodeAddressParity(frame, off, df, rem, timeMs, out, source, offset);
    }
  }

  private DecodeFailure decodeAllCall(
      byte[] f, int off, int rem, long timeMs, ModeSFields out, String source, long offset) {
    int icao = Bits.u24(f, off + 1);
    out.capability = f[off] & 7;
    out.icao = icao;
    if (rem == 0) {
      states.trustedMs[states.slot(icao, timeMs)] = timeMs;
      out.icaoTrusted = true;
      return null;
    }
    if ((rem & ~0x7f) == 0) {
      out.icaoTrusted = states.trusted(icao, timeMs);
      return null;
    }
    out.icao = -1;
    return new DecodeFailure(source, offset, String.format("DF11 parity remainder %06X", rem));
  }

  private DecodeFailure decodeAddressParity(
      byte[] f,
      int off,
      DownlinkFormat df,
      int rem,
      long timeMs,
      ModeSFields out,
      String source,
      long offset) {
    out.icao = rem;
    out.icaoTrusted = states.trusted(rem, timeMs);
    out.capability = f[off] & 7;
    int field13 = Bits.u16(f, off + 2) & 0x1fff;
    if (df == DownlinkFormat.DF5 || df == DownlinkFormat.DF21) {
      out.squawk = AltitudeCodes.identity(field13);
    } else {
      out.altitudeFt = AltitudeCodes.ac13Ft(field13);
      if (FieldDomain.PRESSURE_ALTITUDE.outside(out.altitudeFt * FT_M)) {
        DecodeFailure fail =
            FieldDomain.PRESSURE_ALTITUDE.failure(
                source, offset, "DF" + out.df + " AC", out.altitudeFt * FT_M);
        out.altitudeFt = Double.NaN;
        return fail;
      }
    }
    if (out.icaoTrusted) {
      states.slot(rem, timeMs);
    }
    if ((df == DownlinkFormat.DF20 || df == DownlinkFormat.DF21) && (f[off + 4] & 0xff) == 0x20) {
      identification(meBits(f, off + 4), out);
    }
    return null;
  }

  private DecodeFailure decodeSquitter(
      byte[] f,
      int off,
      int len,
      int rem,
      long timeMs,
      ModeSFields out,
      String source,
      long offset) {
    int icao = Bits.u24(f, off + 1);
    boolean corrected = false;
    if (rem != 0) {
      int bit = correctSingleBit ? ModeSCrc.singleBitError(rem, 112) : -1;
      if (bit < 0) {
        return new DecodeFailure(
            source, offset, String.format("DF%d CRC remainder %06X", out.df, rem));
      }
      System.arraycopy(f, off, work, 0, len);
      work[bit >>> 3] ^= (byte) (0x80 >>> (bit & 7));
      f = work;
      off = 0;
      icao = Bits.u24(f, 1);
      if (!states.trusted(icao, timeMs)) {
        return new DecodeFailure(
            source,
            offset,
            String.format("DF%d corrected at bit %d but address %06X unknown", out.df, bit, icao));
      }
      out.correctedBit = bit;
      corrected = true;
    }
    out.icao = icao;
    int ca = f[off] & 7;
    boolean icaoAddress;
    if (out.df == 17) {
      out.capability = ca;
      icaoAddress = true;
    } else {
      out.controlField = ca;
      icaoAddress = ca == 0 || ca == 6;
    }
    // Non-ICAO addresses (DF18 CF 1) have their own state, apart from the ICAO namespace.
    int slot = states.slot(icaoAddress ? icao : icao | NON_ICAO, timeMs);
    if (icaoAddress && !corrected) {
      states.trustedMs[slot] = timeMs;
    }
    out.icaoTrusted = icaoAddress;
    if (out.df == 18 && ca != 0 && ca != 1 && ca != 6) {
      return null;
    }
    DecodeFailure fail = decodeEs(meBits(f, off + 4), slot, timeMs, out, source, offset);
    if (out.nacp >= 0) {
      states.nacp[slot] = out.nacp;
    }
    out.knownNacp = states.nacp[slot];
    return fail;
  }

  /** The 56-bit ME field (octets 5-11 of a long frame) as a long. */
  private static long meBits(byte[] f, int meOff) {
    long v = 0;
    for (int k = 0; k < 7; k++) {
      v = (v << 8) | (f[meOff + k] & 0xff);
    }
    return v;
  }

  /** ME bits {@code bitFrom1 .. bitFrom1 + bits - 1} (1 = most significant, DO-260B numbering). */
  private static long me(long me, int bitFrom1, int bits) {
    return (me >>> (57 - bitFrom1 - bits)) & ((1L << bits) - 1);
  }

  /** A failure of an ES field outside its domain; clears nothing (the caller does). */
  private static DecodeFailure esFailure(
      FieldDomain d, String what, double value, ModeSFields out, String source, long offset) {
    return d.failure(source, offset, "DF" + out.df + " TC" + out.typeCode + " " + what, value);
  }

  private DecodeFailure decodeEs(
      long me, int slot, long timeMs, ModeSFields out, String source, long offset) {
    int tc = (int) me(me, 1, 5);
    out.typeCode = tc;
    if (tc >= 1 && tc <= 4) {
      out.category = (int) me(me, 6, 3);
      identification(me, out);
    } else if (tc >= 5 && tc <= 8) {
      out.surface = true;
      int mov = (int) me(me, 6, 7);
      out.groundSpeedKt = movementKt(mov);
      if (me(me, 13, 1) == 1) {
        out.trackDeg = me(me, 14, 7) * 360.0 / 128.0;
      }
      return position(me, slot, timeMs, out, source, offset);
    } else if ((tc >= 9 && tc <= 18) || (tc >= 20 && tc <= 22)) {
      int alt = (int) me(me, 9, 12);
      if (tc <= 18) {
        out.altitudeFt = AltitudeCodes.ac12Ft(alt);
      } else if (alt != 0) {
        out.altitudeFt = alt * 3.280839895;
        out.altitudeGnss = true;
      }
      FieldDomain d =
          out.altitudeGnss ? FieldDomain.GEOMETRIC_ALTITUDE : FieldDomain.PRESSURE_ALTITUDE;
      if (d.outside(out.altitudeFt * FT_M)) {
        DecodeFailure fail =
            esFailure(
                d,
                out.altitudeGnss ? "GNSS height" : "AC",
                out.altitudeFt * FT_M,
                out,
                source,
                offset);
        out.altitudeFt = Double.NaN;
        return fail;
      }
      return position(me, slot, timeMs, out, source, offset);
    } else if (tc == 19) {
      velocity(me, out);
      if (FieldDomain.GROUND_SPEED.outside(out.groundSpeedKt * KT_MPS)) {
        DecodeFailure fail =
            esFailure(
                FieldDomain.GROUND_SPEED,
                "velocity",
                out.groundSpeedKt * KT_MPS,
                out,
                source,
                offset);
        out.groundSpeedKt = Double.NaN;
        out.trackDeg = Double.NaN;
        return fail;
      }
      if (FieldDomain.AIRSPEED.outside(out.airspeedKt * KT_MPS)) {
        DecodeFailure fail =
            esFailure(
                FieldDomain.AIRSPEED, "velocity", out.airspeedKt * KT_MPS, out, source, offset);
        out.airspeedKt = Double.NaN;
        return fail;
      }
    } else if (tc == 28) {
      out.subtype = (int) me(me, 6, 3);
      if (out.subtype == 1) {
        out.emergency = EmergencyState.ofCode((int) me(me, 9, 3));
        out.squawk = AltitudeCodes.identity((int) me(me, 12, 13));
      }
    } else if (tc == 29) {
      out.subtype = (int) me(me, 6, 2);
      if (out.subtype == 1) {
        int sel = (int) me(me, 10, 11);
        if (sel != 0) {
          out.selectedAltitudeFt = (sel - 1) * 32.0;
        }
        int baro = (int) me(me, 21, 9);
        if (baro != 0) {
          out.baroSettingHpa = (baro - 1) * 0.8 + 800.0;
        }
        if (me(me, 30, 1) == 1) {
          out.selectedHeadingDeg = me(me, 31, 9) * 180.0 / 256.0;
        }
        out.nacp = (int) me(me, 40, 4);
        out.sil = (int) me(me, 45, 2);
      }
    } else if (tc == 31) {
      out.subtype = (int) me(me, 6, 3);
      out.adsbVersion = (int) me(me, 41, 3);
      out.nicSupplementA = (int) me(me, 44, 1);
      out.nacp = (int) me(me, 45, 4);
      out.sil = (int) me(me, 51, 2);
    }
    return null;
  }

  /**
   * The 8 six-bit characters in bits 9-56 of an ES identification or a Comm-B BDS 2,0 register
   * (whose first octet is 0x20).
   */
  private static void identification(long me, ModeSFields out) {
    long chars = me(me, 9, 48);
    for (int k = 0; k < 8; k++) {
      out.callsign[k] = CHARS[(int) (chars >>> (42 - 6 * k)) & 0x3f];
    }
    out.callsignLength = 8;
  }

  private static double movementKt(int mov) {
    if (mov == 0 || mov > 124) {
      return Double.NaN;
    }
    if (mov == 1) {
      return 0.0;
    }
    if (mov <= 8) {
      return 0.125 + (mov - 2) * 0.125;
    }
    if (mov <= 12) {
      return 1.0 + (mov - 9) * 0.25;
    }
    if (mov <= 38) {
      return 2.0 + (mov - 13) * 0.5;
    }
    if (mov <= 93) {
      return 15.0 + (mov - 39);
    }
    if (mov <= 108) {
      return 70.0 + (mov - 94) * 2.0;
    }
    if (mov <= 123) {
      return 100.0 + (mov - 109) * 5.0;
    }
    return 175.0;
  }

  private void velocity(long me, ModeSFields out) {
    int st = (int) me(me, 6, 3);
    out.subtype = st;
    if (st == 1 || st == 2) {
      int factor = st == 2 ? 4 : 1;
      int vew = (int) me(me, 15, 10);
      int vns = (int) me(me, 26, 10);
      if (vew != 0 && vns != 0) {
        double ve = (vew - 1) * factor * (me(me, 14, 1) == 1 ? -1 : 1);
        double vn = (vns - 1) * factor * (me(me, 25, 1) == 1 ? -1 : 1);
        out.groundSpeedKt = Math.sqrt(ve * ve + vn * vn);
        double trk = Math.toDegrees(Math.atan2(ve, vn));
        out.trackDeg = trk < 0 ? trk + 360.0 : trk;
      }
    } else if (st == 3 || st == 4) {
      if (me(me, 14, 1) == 1) {
        out.headingDeg = me(me, 15, 10) * 360.0 / 1024.0;
      }
      int as = (int) me(me, 26, 10);
      if (as != 0) {
        out.airspeedKt = (as - 1) * (st == 4 ? 4 : 1);
        out.airspeedTrue = me(me, 25, 1) == 1;
      }
    } else {
      return;
    }
    int vr = (int) me(me, 38, 9);
    if (vr != 0) {
      out.verticalRateFtMin = (vr - 1) * 64.0 * (me(me, 37, 1) == 1 ? -1 : 1);
      out.verticalRateBaro = me(me, 36, 1) == 1;
    }
  }

  private DecodeFailure position(
      long me, int slot, long timeMs, ModeSFields out, String source, long offset) {
    int odd = (int) me(me, 22, 1);
    int lat = (int) me(me, 23, 17);
    int lon = (int) me(me, 40, 17);
    out.cprFormat = odd;
    out.cprLat = lat;
    out.cprLon = lon;
    boolean anonymousSquitter = out.df == 18 && out.controlField == 1;
    if (!out.icaoTrusted && !anonymousSquitter) {
      return null;
    }
    AircraftStates s = states;
    if (odd == 1) {
      s.oddLat[slot] = lat;
      s.oddLon[slot] = lon;
      s.oddMs[slot] = timeMs;
    } else {
      s.evenLat[slot] = lat;
      s.evenLon[slot] = lon;
      s.evenMs[slot] = timeMs;
    }
    boolean surface = out.surface;
    boolean havePrev = s.posMs[slot] != Long.MIN_VALUE && timeMs - s.posMs[slot] <= LOCAL_REF_MS;
    double refLat = havePrev ? s.posLat[slot] : receiverLatDeg;
    double refLon = havePrev ? s.posLon[slot] : receiverLonDeg;
    boolean pair =
        s.evenMs[slot] != Long.MIN_VALUE
            && s.oddMs[slot] != Long.MIN_VALUE
            && Math.abs(s.evenMs[slot] - s.oddMs[slot])
                <= (surface ? PAIR_SURFACE_MS : PAIR_AIRBORNE_MS);
    boolean ok = false;
    if (pair && (!surface || !Double.isNaN(refLat))) {
      ok =
          Cpr.global(
              s.evenLat[slot],
              s.evenLon[slot],
              s.oddLat[slot],
              s.oddLon[slot],
              odd == 1,
              surface,
              refLat,
              refLon,
              cpr);
      if (ok) {
        out.positionGlobal = true;
      }
    }
    if (!ok && !Double.isNaN(refLat)) {
      Cpr.local(lat, lon, odd == 1, surface, refLat, refLon, cpr);
      if (cpr[1] >= 180.0) {
        cpr[1] -= 360.0;
      } else if (cpr[1] < -180.0) {
        cpr[1] += 360.0;
      }
      ok = true;
    }
    if (!ok) {
      return null;
    }
    if (FieldDomain.LATITUDE.outside(cpr[0]) || FieldDomain.LONGITUDE.outside(cpr[1])) {
      // Local decoding near a pole can leave the globe: distrust this CPR message.
      if (odd == 1) {
        s.oddMs[slot] = Long.MIN_VALUE;
      } else {
        s.evenMs[slot] = Long.MIN_VALUE;
      }
      out.positionGlobal = false;
      FieldDomain d =
          FieldDomain.LATITUDE.outside(cpr[0]) ? FieldDomain.LATITUDE : FieldDomain.LONGITUDE;
      return esFailure(d, "CPR", d == FieldDomain.LATITUDE ? cpr[0] : cpr[1], out, source, offset);
    }
    if (havePrev) {
      double distNm = distanceNm(s.posLat[slot], s.posLon[slot], cpr[0], cpr[1]);
      double dtH = Math.max(0, timeMs - s.posMs[slot]) / 3_600_000.0;
      if (distNm > MAX_SPEED_KT * dtH + 5.0) {
        // Implausible jump: distrust this CPR message and keep the previous position.
        if (odd == 1) {
          s.oddMs[slot] = Long.MIN_VALUE;
        } else {
          s.evenMs[slot] = Long.MIN_VALUE;
        }
        out.positionGlobal = false;
        return null;
      }
    } else if (!out.positionGlobal
        && !Double.isNaN(receiverLatDeg)
        && distanceNm(receiverLatDeg, receiverLonDeg, cpr[0], cpr[1]) > (surface ? 45.0 : 180.0)) {
      return null;
    }
    out.latDeg = cpr[0];
    out.lonDeg = cpr[1];
    s.posLat[slot] = cpr[0];
    s.posLon[slot] = cpr[1];
    s.posMs[slot] = timeMs;
    return null;
  }

  /**
   * Distance on a sphere of radius 3440.065 NM, equirectangular approximation (within 0.5 % below
   * 500 NM at latitudes under 80°, ample for plausibility checks; longitude wraps at ±180°).
   */
  static double distanceNm(double lat1, double lon1, double lat2, double lon2) {
    double dLon = lon2 - lon1;
    if (dLon > 180) {
      dLon -= 360;
    } else if (dLon < -180) {
      dLon += 360;
    }
    double x = Math.toRadians(dLon) * Math.cos(Math.toRadians(0.5 * (lat1 + lat2)));
    double y = Math.toRadians(lat2 - lat1);
    return 3440.065 * Math.sqrt(x * x + y * y);
  }
}
