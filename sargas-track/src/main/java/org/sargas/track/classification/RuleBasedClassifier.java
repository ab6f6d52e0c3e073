package org.sargas.track.classification;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sargas.model.observation.EmitterCategory;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.WakeTurbulenceCategory;
import org.sargas.model.track.Classification;
import org.sargas.model.track.TargetClass;

/**
 * Classifies a track from its robust kinematics and its cooperative evidence; first match wins. The
 * rules, their thresholds and why are in docs/classification.md; in short:
 *
 * <ol>
 *   <li><b>Gate</b>: fewer than {@value #MIN_UPDATES} updates: UNKNOWN.
 *   <li><b>Declared</b> (D1–D4, confidence 0.85–0.95): a Remote ID serial; an informative ADS-B
 *       emitter category; an aircraft type designator the type table knows; a heavy, super or light
 *       wake category. What the aircraft says it is beats what it looks like.
 *   <li><b>Gate</b>: speed σ above {@value #MAX_SPEED_SIGMA_MPS} m/s: UNKNOWN.
 *   <li><b>Military address</b> (M1–M2): fighter kinematics FAST_JET, else above 100 m/s
 *       LARGE_AIRCRAFT.
 *   <li><b>Cooperative</b> (T0–T8: a Mode S address, a Mode 3/A code or a callsign): never a drone
 *       or a loitering munition. Slow and too early to tell: UNKNOWN; thermalling: GLIDER;
 *       stationary: UNKNOWN (a ground test transponder or site monitor); fighter kinematics:
 *       FAST_JET; very high and slow: BALLOON; fast, high or once fast: AIRLINER; drifting:
 *       BALLOON; hovering or crawling: HELICOPTER; otherwise LIGHT_AIRCRAFT.
 *   <li><b>Non-cooperative</b> (K1–K9): stationary: BALLOON high, SMALL_DRONE low; above 150 m/s
 *       FAST_JET; thermalling GLIDER; 0–20 m/s high and level BALLOON; 20–130 m/s above 3,000 m
 *       LARGE_UAS; 38–62 m/s low LOITERING_MUNITION; above 62 m/s HELICOPTER (low, below 85 m/s) or
 *       LIGHT_AIRCRAFT; below 38 m/s low SMALL_DRONE; otherwise UNKNOWN.
 * </ol>
 *
 * <p>The reason lists the evidence, the class and what it rests on, e.g. {@code "Mode S + Mode 3/A
 * 4521 + Mode C, FL350, 245 m/s → AIRLINER (kinematics + transponder; T4)"}. Confidence says what
 * the class rests on: 0.85–0.95 declared, 0.6–0.8 kinematics with a transponder or a military
 * address, 0.4–0.8 kinematics alone.
 *
 * <p>Stateless and thread-safe; the hysteresis that keeps a class through transients is {@link
 * ClassificationHysteresis}, applied per track by the tracker.
 */
public final class RuleBasedClassifier implements TrackClassifier {
  /** Updates needed before any rule applies. */
  public static final int MIN_UPDATES = 4;

  /** Largest speed uncertainty for a kinematic rule, m/s. */
  public static final double MAX_SPEED_SIGMA_MPS = 15.0;

  /** A target whose positions move slower than this over the window is stationary, m/s. */
  public static final double STATIONARY_NET_SPEED_MPS = 4.0;

  /** Span the window needs before slow cooperative targets are told apart, s. */
  public static final double STATIONARY_MIN_WINDOW_S = 30.0;

  /**
   * Horizontal acceleration of a fighter's manoeuvre, at least, m/s² (1.5 g; an airliner's 25–30°
   * bank gives 0.5–0.6 g, a rate-one turn at 130 m/s 0.7 g).
   */
  public static final double MANOEUVRE_MPS2 = 15.0;

  /** Vertical rate of a fighter's climb or dive, at least, m/s (airliners climb below 25). */
  public static final double STEEP_CLIMB_MPS = 30.0;

  /** Windowed speed once sustained that no light aircraft or helicopter reaches, m/s. */
  public static final double ONCE_FAST_MPS = 105.0;

  /** Windowed speed once sustained below which a powered aircraft is a rotorcraft, m/s. */
  public static final double HOVER_MPS = 25.0;

  /** Windowed speed once sustained that no balloon reaches at low level, m/s. */
  public static final double DRIFT_MAX_MPS = 30.0;

  /** Windowed speed a glider reaches between thermals, at least, m/s. */
  public static final double GLIDE_MPS = 25.0;

  private static final double FEET_PER_M = 1 / 0.3048;

  private final List<ModeSAddressBlock> militaryBlocks;
  private final Map<String, TargetClass> typeClasses;

  /** The standard classifier: no military address blocks, the built-in aircraft type table. */
  public RuleBasedClassifier() {
    this(List.of(), AircraftTypeClasses.defaults());
  }

  /**
   * A classifier with the operator's military address blocks and aircraft type table.
   *
   * @param militaryBlocks Mode S address blocks of military aircraft
   * @param typeClasses class by ICAO Doc 8643 type designator (upper case)
   */
  public RuleBasedClassifier(
      List<ModeSAddressBlock> militaryBlocks, Map<String, TargetClass> typeClasses) {
    this.militaryBlocks = List.copyOf(militaryBlocks);
    this.typeClasses = Map.copyOf(Objects.requireNonNull(typeClasses, "typeClasses"));
  }

  @Override
  public Classification classify(TrackFeatures f) {
    if (f.updates() < MIN_UPDATES) {
      return Classification.UNKNOWN;
    }
    ModeSAddressBlock military = militaryBlock(f.identity().icaoAddress());
    Classification declared = declared(f, military);
    if (declared != null) {
      return declared;
    }
    double v = f.groundSpeedMps();
    if (!(f.speedSigmaMps() <= MAX_SPEED_SIGMA_MPS) || !(v >= 0)) {
      return Classification.UNKNOWN;
    }
    if (military != null) {
      if (fighterKinematics(f)) {
        return result(f, military, TargetClass.FAST_JET, 0.75, "M1", manoeuvre(f));
      }
      if (v > 100) {
        return result(f, military, TargetClass.LARGE_AIRCRAFT, 0.6, "M2", null);
      }
    }
    return f.cooperative() ? cooperative(f, military) : nonCooperative(f);
  }

  private Classification declared(TrackFeatures f, ModeSAddressBlock military) {
    if (f.identity().remoteIdSerial() != null) {
      return declaredResult(f, military, TargetClass.SMALL_DRONE, 0.95, "Remote ID", "D1");
    }
    AircraftDescription d = f.description();
    EmitterCategory ec = d.emitterCategory();
    if (ec != null && ec.informative()) {
      TargetClass c = byEmitterCategory(f, ec, military);
      String what = "ADS-B emitter category " + ec.name().toLowerCase(Locale.ROOT);
      return c == TargetClass.UNKNOWN
          ? new Classification(TargetClass.UNKNOWN, 0.0, what + ": not an air vehicle (D2)")
          : declaredResult(f, military, c, 0.9, what, "D2");
    }
    if (d.aircraftType() != null) {
      TargetClass c = typeClasses.get(d.aircraftType());
      if (c != null) {
        if (c == TargetClass.AIRLINER && military != null) {
          c = TargetClass.LARGE_AIRCRAFT;
        }
        return declaredResult(f, military, c, 0.9, "aircraft type " + d.aircraftType(), "D3");
      }
    }
    WakeTurbulenceCategory w = d.wakeCategory();
    if (w == WakeTurbulenceCategory.HEAVY || w == WakeTurbulenceCategory.SUPER) {
      TargetClass c = military != null ? TargetClass.LARGE_AIRCRAFT : TargetClass.AIRLINER;
      return declaredResult(f, military, c, 0.85, "wake category " + w, "D4");
    }
    if (w == WakeTurbulenceCategory.LIGHT) {
      TargetClass c =
          soaring(f)
              ? TargetClass.GLIDER
              : hoverEvidence(f) ? TargetClass.HELICOPTER : TargetClass.LIGHT_AIRCRAFT;
      return declaredResult(f, military, c, 0.85, "wake category " + w, "D4");
    }
    return null;
  }

  private static TargetClass byEmitterCategory(
      TrackFeatures f, EmitterCategory ec, ModeSAddressBlock military) {
    switch (ec) {
      case LIGHT:
      case ULTRALIGHT:
        return TargetClass.LIGHT_AIRCRAFT;
      case SMALL:
      case LARGE:
      case HIGH_VORTEX_LARGE:
      case HEAVY:
        return military != null ? TargetClass.LARGE_AIRCRAFT : TargetClass.AIRLINER;
      case HIGH_PERFORMANCE:
        return TargetClass.FAST_JET;
      case ROTORCRAFT:
        return TargetClass.HELICOPTER;
      case GLIDER:
        return TargetClass.GLIDER;
      case LIGHTER_THAN_AIR:
        return TargetClass.BALLOON;
      case UNMANNED:
        // The category gives no size; a MALE-class aircraft is faster or higher than a small one.
        return f.groundSpeedMps() > 40 || (f.altitudeKnown() && f.altitudeM() > 3000)
            ? TargetClass.LARGE_UAS
            : TargetClass.SMALL_DRONE;
      default:
        return TargetClass.UNKNOWN;
    }
  }

  private Classification cooperative(TrackFeatures f, ModeSAddressBlock military) {
    double v = f.groundSpeedMps();
    if (v < 30 && f.windowS() < STATIONARY_MIN_WINDOW_S) {
      return unknown(f, military, "slow, too early to tell stationary from slow", "T0");
    }
    if (soaring(f) && v < 62) {
      return result(f, military, TargetClass.GLIDER, 0.6, "T5", soaringText(f));
    }
    if (stationary(f)) {
      return unknown(f, military, "stationary: a ground test transponder or site monitor", "T1");
    }
    if (v > 370 || (v > 150 && manoeuvring(f))) {
      return result(f, military, TargetClass.FAST_JET, 0.6, "T2", manoeuvre(f));
    }
    if (f.altitudeKnown() && f.altitudeM() > 15_000 && v < 60) {
      return result(f, military, TargetClass.BALLOON, 0.6, "T3", null);
    }
    SquawkKind squawk = SquawkKind.of(f.identity().mode3a());
    boolean vfr = squawk == SquawkKind.VFR_CONSPICUITY;
    boolean onceFast = f.maxSustainedSpeedMps() >= ONCE_FAST_MPS;
    if (v >= 110
        || (v >= 95 && !vfr)
        || onceFast
        || (f.altitudeKnown() && f.altitudeM() > 4_500 && v >= 50)) {
      boolean strong =
          f.altitudeKnown() && !vfr && (f.identity().icaoAddress() != null || squawk != null);
      String extra = v < 95 && onceFast ? onceFastText(f) : null;
      return result(f, military, TargetClass.AIRLINER, strong ? 0.8 : 0.7, "T4", extra);
    }
    if (drifting(f)) {
      return result(f, military, TargetClass.BALLOON, 0.5, "T6", "drifting");
    }
    if (v < HOVER_MPS || hoverEvidence(f)) {
      return result(f, military, TargetClass.HELICOPTER, 0.6, "T7", hoverText(f));
    }
    return result(f, military, TargetClass.LIGHT_AIRCRAFT, vfr ? 0.7 : 0.6, "T8", null);
  }

  private Classification nonCooperative(TrackFeatures f) {
    double v = f.groundSpeedMps();
    boolean altKnown = f.altitudeKnown();
    double alt = f.altitudeM();
    double climb = Math.abs(f.climbRateMps());
    if (stationary(f)) {
      return altKnown && alt > 1_500
          ? result(f, null, TargetClass.BALLOON, 0.4, "K1", "stationary")
          : result(f, null, TargetClass.SMALL_DRONE, 0.5, "K1", "stationary");
    }
    if (v > 150) {
      boolean sure = v > 280 || manoeuvring(f);
      return result(f, null, TargetClass.FAST_JET, sure ? 0.8 : 0.6, "K2", manoeuvre(f));
    }
    if (soaring(f) && v < 62) {
      return result(f, null, TargetClass.GLIDER, 0.4, "K3", soaringText(f));
    }
    if (v <= 20 && altKnown && alt > 1_500) {
      return result(f, null, TargetClass.BALLOON, 0.5, "K4", null);
    }
    if (v > 20 && v <= 130 && altKnown && alt > 3_000 && climb < 15) {
      return result(f, null, TargetClass.LARGE_UAS, 0.5, "K5", null);
    }
    if (v >= 38 && v <= 62 && (!altKnown || alt < 3_000)) {
      return result(f, null, TargetClass.LOITERING_MUNITION, 0.6, "K6", null);
    }
    if (v > 62) {
      return altKnown && alt < 1_000 && v < 85
          ? result(f, null, TargetClass.HELICOPTER, 0.4, "K7", null)
          : result(f, null, TargetClass.LIGHT_AIRCRAFT, 0.4, "K7", null);
    }
    if (v < 38 && (!altKnown || alt < 1_500)) {
      return result(f, null, TargetClass.SMALL_DRONE, 0.5, "K8", null);
    }
    return unknown(f, null, "no rule fits", "K9");
  }

  private ModeSAddressBlock militaryBlock(String icaoAddress) {
    if (icaoAddress == null) {
      return null;
    }
    for (ModeSAddressBlock b : militaryBlocks) {
      if (b.contains(icaoAddress)) {
        return b;
      }
    }
    return null;
  }

  /**
   * Stationary: over a long enough window the positions have not moved, the filter's speed is the
   * measurement noise's, and the target neither circles nor climbs.
   */
  private static boolean stationary(TrackFeatures f) {
    return f.windowS() >= STATIONARY_MIN_WINDOW_S
        && f.netSpeedMps() < STATIONARY_NET_SPEED_MPS
        && f.groundSpeedMps() < 30
        && !(f.turnRateDegPerS() > KinematicHistory.SOARING_TURN_DEG_PER_S)
        && Math.abs(f.climbRateMps()) < 1;
  }

  /**
   * Drifting with the wind: slow, straight and level for most of a minute, and never faster than a
   * balloon goes (a helicopter that crawls has cruised faster before).
   */
  private static boolean drifting(TrackFeatures f) {
    return f.windowS() >= 45
        && !(f.maxSustainedSpeedMps() >= DRIFT_MAX_MPS)
        && f.netSpeedMps() >= 1.5
        && f.netSpeedMps() <= 20
        && f.groundSpeedMps() <= 25
        && !(f.turnRateDegPerS() >= 3)
        && Math.abs(f.climbRateMps()) < 3;
  }

  /** A hard turn or a steep climb or dive, now or earlier in the track's life. */
  private static boolean manoeuvring(TrackFeatures f) {
    return f.lateralAccelerationMps2() > MANOEUVRE_MPS2
        || f.maxLateralAccelerationMps2() > MANOEUVRE_MPS2
        || (f.altitudeKnown() && Math.abs(f.climbRateMps()) > STEEP_CLIMB_MPS)
        || f.maxClimbRateMps() > STEEP_CLIMB_MPS;
  }

  private static boolean fighterKinematics(TrackFeatures f) {
    return f.groundSpeedMps() > 300 || manoeuvring(f);
  }

  /**
   * Thermalling now (circling one way while climbing), or a minute of soaring over the track's life
   * together with a glide faster than {@value #GLIDE_MPS} m/s (a balloon going up never glides).
   */
  private static boolean soaring(TrackFeatures f) {
    boolean now =
        f.altitudeKnown()
            && f.altitudeM() > KinematicHistory.SOARING_MIN_ALTITUDE_M
            && f.turnRateDegPerS() > KinematicHistory.SOARING_TURN_DEG_PER_S
            && f.climbRateMps() > KinematicHistory.SOARING_CLIMB_MPS
            && f.groundSpeedMps() >= KinematicHistory.SOARING_MIN_SPEED_MPS
            && f.groundSpeedMps() <= KinematicHistory.SOARING_MAX_SPEED_MPS;
    return now || (f.soaringS() >= 60 && f.maxSustainedSpeedMps() >= GLIDE_MPS);
  }

  /** Hovered or crawled at some time: no powered fixed-wing aircraft flies that slowly. */
  private static boolean hoverEvidence(TrackFeatures f) {
    return f.minSustainedSpeedMps() < HOVER_MPS;
  }

  private static String manoeuvre(TrackFeatures f) {
    if (!manoeuvring(f)) {
      return null;
    }
    double turn = Math.max(f.lateralAccelerationMps2(), f.maxLateralAccelerationMps2());
    return turn > MANOEUVRE_MPS2
        ? "turned at " + oneDecimal(turn / 9.80665) + " g"
        : "climbed or dived at "
            + Math.round(Math.max(Math.abs(f.climbRateMps()), f.maxClimbRateMps()))
            + " m/s";
  }

  private static String soaringText(TrackFeatures f) {
    return f.soaringS() >= 60
        ? "thermalled for " + Math.round(f.soaringS()) + " s"
        : "circling at "
            + Math.round(f.turnRateDegPerS())
            + "°/s, climbing "
            + oneDecimal(f.climbRateMps())
            + " m/s";
  }

  private static String hoverText(TrackFeatures f) {
    return hoverEvidence(f)
        ? "slowest " + Math.round(f.minSustainedSpeedMps()) + " m/s (hover or crawl)"
        : "slow";
  }

  private static String onceFastText(TrackFeatures f) {
    return "earlier " + Math.round(f.maxSustainedSpeedMps()) + " m/s";
  }

  private static String oneDecimal(double x) {
    return String.format(Locale.ROOT, "%.1f", x);
  }

  private static Classification declaredResult(
      TrackFeatures f,
      ModeSAddressBlock military,
      TargetClass c,
      double conf,
      String what,
      String rule) {
    StringBuilder b = evidence(f, military);
    sep(b).append(what);
    kinematics(f, b);
    return new Classification(
        c,
        conf,
        b.append(" → ").append(c).append(" (declared; ").append(rule).append(')').toString());
  }

  private static Classification result(
      TrackFeatures f,
      ModeSAddressBlock military,
      TargetClass c,
      double conf,
      String rule,
      String extra) {
    StringBuilder b = orNoTransponder(evidence(f, military));
    kinematics(f, b);
    if (extra != null) {
      b.append(", ").append(extra);
    }
    b.append(" → ").append(c).append(" (").append(basis(f, military)).append("; ");
    return new Classification(c, conf, b.append(rule).append(')').toString());
  }

  private static Classification unknown(
      TrackFeatures f, ModeSAddressBlock military, String why, String rule) {
    StringBuilder b = orNoTransponder(evidence(f, military));
    kinematics(f, b);
    b.append(", ").append(why).append(" → UNKNOWN (").append(rule).append(')');
    return new Classification(TargetClass.UNKNOWN, 0.0, b.toString());
  }

  private static String basis(TrackFeatures f, ModeSAddressBlock military) {
    if (military != null) {
      return "kinematics + military address";
    }
    if (f.transponder()) {
      return "kinematics + transponder";
    }
    return f.cooperative() ? "kinematics + callsign" : "kinematics alone";
  }

  /** "Mode S + Mode 3/A 7000 + Mode C", "callsign", or nothing. */
  private static StringBuilder evidence(TrackFeatures f, ModeSAddressBlock military) {
    Identity id = f.identity();
    StringBuilder b = new StringBuilder(96);
    if (id.icaoAddress() != null) {
      sep(b).append("Mode S");
      if (military != null) {
        b.append(" (").append(military.name()).append(')');
      }
    }
    if (id.mode3a() != null) {
      sep(b).append("Mode 3/A ").append(id.mode3a());
    }
    if (f.transponder() && f.altitudeKnown()) {
      sep(b).append("Mode C");
    }
    if (!f.transponder() && id.callsign() != null) {
      sep(b).append("callsign");
    }
    return b;
  }

  private static StringBuilder orNoTransponder(StringBuilder b) {
    return b.length() == 0 ? b.append("no transponder") : b;
  }

  private static StringBuilder sep(StringBuilder b) {
    return b.length() == 0 ? b : b.append(" + ");
  }

  /** ", FL350, 245 m/s": altitude in hundreds of feet (above the ellipsoid) and ground speed. */
  private static void kinematics(TrackFeatures f, StringBuilder b) {
    if (f.altitudeKnown()) {
      long fl = Math.max(0, Math.round(f.altitudeM() * FEET_PER_M / 100));
      b.append(", FL").append(fl < 10 ? "00" : fl < 100 ? "0" : "").append(fl);
    } else {
      b.append(", altitude unknown");
    }
    if (f.groundSpeedMps() >= 0) {
      b.append(", ").append(Math.round(f.groundSpeedMps())).append(" m/s");
    }
  }
}
