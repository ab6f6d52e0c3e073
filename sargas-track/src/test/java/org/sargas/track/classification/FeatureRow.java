package org.sargas.track.classification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sargas.model.observation.EmitterCategory;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.WakeTurbulenceCategory;

/**
 * Builds {@link TrackFeatures} for table-driven tests from short strings. Defaults: speed σ 2 m/s,
 * 20 updates, level, turn rate unknown, a 60 s window over which the positions moved at the ground
 * speed, the ground speed as life-long extreme, nothing declared.
 */
final class FeatureRow {
  /** An address inside {@link #MILITARY_BLOCK}. */
  static final String MILITARY_ADDRESS = "43C123";

  /** The military block the tests give the classifier. */
  static final ModeSAddressBlock MILITARY_BLOCK =
      new ModeSAddressBlock(0x43C000, 0x43CFFF, "test military block");

  private FeatureRow() {}

  /**
   * Identity kinds: {@code none}, {@code modes} (address only), {@code modes+sq} (address and
   * discrete code 4521), {@code modes+vfr} (address and 7000), {@code sq} (Mode A code 4521 only),
   * {@code vfr} (7000 only), {@code cs} (callsign only), {@code rid} (Remote ID), {@code mil}
   * (military address and 4521).
   */
  static Identity identity(String kind) {
    switch (kind) {
      case "none":
        return Identity.NONE;
      case "modes":
        return new Identity("4CA2D1", null, null, null, null);
      case "modes+sq":
        return new Identity("4CA2D1", null, "4521", null, null);
      case "modes+vfr":
        return new Identity("4CA2D1", null, "7000", null, null);
      case "sq":
        return new Identity(null, null, "4521", null, null);
      case "vfr":
        return new Identity(null, null, "7000", null, null);
      case "cs":
        return new Identity(null, "RYR7GK", null, null, null);
      case "rid":
        return new Identity(null, null, null, "1596F3A2B4C5D6E7", null);
      case "mil":
        return new Identity(MILITARY_ADDRESS, null, "4521", null, null);
      default:
        throw new IllegalArgumentException("identity kind " + kind);
    }
  }

  /** {@code -}, {@code ec:NAME}, {@code type:DESIGNATOR} or {@code wake:NAME}. */
  static AircraftDescription declared(String spec) {
    if (spec.equals("-")) {
      return AircraftDescription.NONE;
    }
    String[] kv = spec.split(":", 2);
    switch (kv[0]) {
      case "ec":
        return AircraftDescription.of(EmitterCategory.valueOf(kv[1]));
      case "type":
        return new AircraftDescription(null, kv[1], null);
      case "wake":
        return new AircraftDescription(null, null, WakeTurbulenceCategory.valueOf(kv[1]));
      default:
        throw new IllegalArgumentException("declared " + spec);
    }
  }

  /**
   * Features at {@code speedMps} and {@code altitudeM} (NaN: unknown) with {@code options}: {@code
   * -} or {@code key=value;…} over sigma, climb, updates, turn, net, window, min, max, maxlat,
   * maxclimb, soar.
   */
  static TrackFeatures features(
      double speedMps, double altitudeM, String identity, String declared, String options) {
    Map<String, Double> o = new HashMap<>();
    if (!options.equals("-")) {
      for (String kv : options.split(";")) {
        String[] p = kv.split("=", 2);
        o.put(p[0].trim().toLowerCase(Locale.ROOT), Double.parseDouble(p[1]));
      }
    }
    return new TrackFeatures(
        speedMps,
        o.getOrDefault("sigma", 2.0),
        altitudeM,
        o.getOrDefault("climb", 0.0),
        o.getOrDefault("updates", 20.0).intValue(),
        identity(identity),
        o.getOrDefault("turn", Double.NaN),
        o.getOrDefault("net", speedMps),
        o.getOrDefault("window", 60.0),
        o.getOrDefault("min", speedMps),
        o.getOrDefault("max", speedMps),
        o.getOrDefault("maxlat", 0.0),
        o.getOrDefault("maxclimb", 0.0),
        o.getOrDefault("soar", 0.0),
        declared(declared));
  }
}
