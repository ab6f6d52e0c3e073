package org.sargas.track.classification.evaluation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.sargas.model.observation.EmitterCategory;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.WakeTurbulenceCategory;
import org.sargas.model.track.TargetClass;
import org.sargas.track.classification.AircraftDescription;
import org.sargas.track.classification.SquawkKind;

/**
 * Generates the labelled evaluation set: {@code perClass} simulated flights of every class in
 * {@link #LABELS}, each {@value #DURATION_S} s long, with realistic kinematics and the transponder,
 * ADS-B, Remote ID and flight-plan data such traffic carries (docs/classification.md, "The labelled
 * set", gives the mix). The same seed gives the same set.
 */
public final class LabelledTrafficGenerator {
  /** Length of every simulated flight, s. */
  public static final double DURATION_S = 360;

  /**
   * The labels, in report order. {@link TargetClass#UNKNOWN} stands for stationary ground test
   * transponders, which should be shown as no aircraft class at all.
   */
  public static final List<TargetClass> LABELS =
      List.of(
          TargetClass.AIRLINER,
          TargetClass.LIGHT_AIRCRAFT,
          TargetClass.HELICOPTER,
          TargetClass.GLIDER,
          TargetClass.BALLOON,
          TargetClass.SMALL_DRONE,
          TargetClass.LARGE_UAS,
          TargetClass.LOITERING_MUNITION,
          TargetClass.FAST_JET,
          TargetClass.LARGE_AIRCRAFT,
          TargetClass.UNKNOWN);

  private static final String[] AIRLINES = {"RYR", "WZZ", "LOT", "BTI", "AFR", "DLH", "SAS"};
  private static final String[] AIRLINER_TYPES = {"A320", "B738", "A321", "E190", "AT72", "A333"};
  private static final String[] MILITARY_TYPES = {"C17", "A400", "K35R", "C30J", "IL76"};

  private final Random rng;
  private final int labelIndex;
  private final int index;

  private LabelledTrafficGenerator(Random rng, int labelIndex, int index) {
    this.rng = rng;
    this.labelIndex = labelIndex;
    this.index = index;
  }

  /**
   * The labelled set for {@code seed}: {@code perClass} targets of each label, in {@link #LABELS}
   * order.
   *
   * @throws IllegalArgumentException when {@code perClass} is not in 1–4096
   */
  public static List<LabelledTarget> generate(long seed, int perClass) {
    if (perClass < 1 || perClass > 4096) {
      throw new IllegalArgumentException("perClass out of 1-4096: " + perClass);
    }
    List<LabelledTarget> out = new ArrayList<>();
    for (int c = 0; c < LABELS.size(); c++) {
      for (int i = 0; i < perClass; i++) {
        Random r = new Random(mix(mix(mix(seed) + c) + i));
        out.add(new LabelledTrafficGenerator(r, c, i).target(LABELS.get(c)));
      }
    }
    return List.copyOf(out);
  }

  private LabelledTarget target(TargetClass label) {
    switch (label) {
      case AIRLINER:
        return airliner();
      case LIGHT_AIRCRAFT:
        return lightAircraft();
      case HELICOPTER:
        return helicopter();
      case GLIDER:
        return glider();
      case BALLOON:
        return balloon();
      case SMALL_DRONE:
        return smallDrone();
      case LARGE_UAS:
        return largeUas();
      case LOITERING_MUNITION:
        return munition();
      case FAST_JET:
        return fastJet();
      case LARGE_AIRCRAFT:
        return militaryTransport();
      default:
        return testTransponder();
    }
  }

  private LabelledTarget airliner() {
    double phase = rng.nextDouble();
    double alt;
    double speed;
    List<FlightLeg> legs = new ArrayList<>();
    String what;
    if (phase < 0.5) {
      what = "cruise";
      alt = u(9_100, 12_200);
      speed = u(200, 290);
      fill(
          legs,
          () ->
              rng.nextDouble() < 0.7
                  ? FlightLeg.straight(u(40, 120), speed)
                  : rng.nextDouble() < 0.8
                      ? new FlightLeg(u(20, 60), speed, sign() * u(0.5, 1.5), 0)
                      : new FlightLeg(u(40, 90), speed, 0, sign() * u(3, 7)));
    } else if (phase < 0.7) {
      what = "climb or descent";
      alt = u(3_000, 7_500);
      speed = u(150, 220);
      double climb = sign() * u(5, 12);
      fill(legs, () -> new FlightLeg(u(40, 120), speed + u(-10, 10), turnOrNot(1.5), climb));
    } else if (phase < 0.85) {
      what = "holding";
      alt = u(3_000, 6_000);
      speed = u(110, 140);
      fill(legs, new FlightLeg[] {FlightLeg.straight(60, speed), new FlightLeg(60, speed, 3, 0)});
    } else {
      what = "approach";
      alt = u(1_500, 3_000);
      speed = u(120, 135);
      legs.add(new FlightLeg(200, 75, 0, -u(3, 5)));
      legs.add(new FlightLeg(45, 72, sign() * 2, -3));
      fill(legs, () -> new FlightLeg(60, 70, 0, -3));
    }
    boolean modeS = rng.nextDouble() < 0.8;
    String icao = modeS ? icao() : null;
    String callsign = AIRLINES[rng.nextInt(AIRLINES.length)] + (100 + rng.nextInt(8900));
    Identity id = new Identity(icao, modeS ? callsign : null, discreteSquawk(), null, null);
    Set<SurveillanceSensor> sensors = radars(modeS);
    EmitterCategory ec = null;
    if (modeS && rng.nextDouble() < 0.9) {
      sensors.add(SurveillanceSensor.ADSB);
      double r = rng.nextDouble();
      ec =
          r < 0.5
              ? EmitterCategory.LARGE
              : r < 0.6
                  ? EmitterCategory.HEAVY
                  : r < 0.7 ? EmitterCategory.SMALL : EmitterCategory.NO_INFORMATION;
    }
    String type = null;
    WakeTurbulenceCategory wake = null;
    if (modeS && rng.nextDouble() < 0.2) {
      type = AIRLINER_TYPES[rng.nextInt(AIRLINER_TYPES.length)];
      wake = type.equals("A333") ? WakeTurbulenceCategory.HEAVY : WakeTurbulenceCategory.MEDIUM;
    }
    String note =
        what
            + " FL"
            + Math.round(alt / 30.48)
            + ", "
            + (modeS ? "Mode S" : "Mode A/C only")
            + (sensors.contains(SurveillanceSensor.ADSB) ? " + ADS-B " + ec : "")
            + (type != null ? " + flight plan " + type : "");
    return new LabelledTarget(
        id(),
        TargetClass.AIRLINER,
        true,
        note,
        id,
        new AircraftDescription(ec, type, wake),
        true,
        sensors,
        fly(alt, speed, 0.5, 200, legs));
  }

  private LabelledTarget lightAircraft() {
    double alt = u(300, 2_500);
    double speed = u(45, 85);
    List<FlightLeg> legs = new ArrayList<>();
    fill(
        legs,
        () -> {
          double r = rng.nextDouble();
          return r < 0.5
              ? FlightLeg.straight(u(30, 90), speed + u(-5, 5))
              : r < 0.8
                  ? new FlightLeg(u(20, 60), speed, sign() * u(2, 3), 0)
                  : new FlightLeg(u(30, 60), speed, 0, sign() * u(1, 3));
        });
    if (rng.nextDouble() < 0.1) {
      return new LabelledTarget(
          id(),
          TargetClass.LIGHT_AIRCRAFT,
          true,
          "no transponder, " + Math.round(speed) + " m/s",
          Identity.NONE,
          AircraftDescription.NONE,
          false,
          radars(false, false),
          fly(alt, speed, 1.5, 150, legs));
    }
    boolean vfr = rng.nextDouble() < 0.6;
    boolean modeS = rng.nextDouble() < 0.5;
    String squawk = vfr ? "7000" : discreteSquawk();
    String reg = "LY" + letters(3);
    Identity id = new Identity(modeS ? icao() : null, modeS ? reg : null, squawk, null, null);
    Set<SurveillanceSensor> sensors = radars(modeS);
    EmitterCategory ec = null;
    if (modeS && rng.nextDouble() < 0.3) {
      sensors.add(SurveillanceSensor.ADSB);
      ec = rng.nextDouble() < 0.8 ? EmitterCategory.LIGHT : EmitterCategory.NO_INFORMATION;
    }
    boolean modeC = rng.nextDouble() < 0.95;
    return new LabelledTarget(
        id(),
        TargetClass.LIGHT_AIRCRAFT,
        true,
        "squawk " + squawk + (modeS ? ", Mode S" : ", Mode A") + (modeC ? "/C" : " only"),
        id,
        AircraftDescription.of(ec),
        modeC,
        sensors,
        fly(alt, speed, 1.5, 150, legs));
  }

  private LabelledTarget helicopter() {
    boolean military = rng.nextDouble() < 0.25;
    List<FlightLeg> legs = new ArrayList<>();
    if (military) {
      double alt = u(80, 300);
      double speed = u(55, 75);
      fill(
          legs,
          () ->
              rng.nextDouble() < 0.6
                  ? FlightLeg.straight(u(30, 90), speed)
                  : new FlightLeg(u(10, 30), speed, sign() * u(3, 6), 0));
      return new LabelledTarget(
          id(),
          TargetClass.HELICOPTER,
          false,
          "military, no transponder, low level",
          Identity.NONE,
          AircraftDescription.NONE,
          false,
          radars(false, false),
          fly(alt, speed, 2.0, 40, legs));
    }
    double alt = u(150, 900);
    double speed = u(40, 70);
    boolean hovers = rng.nextDouble() < 0.5;
    if (hovers) {
      legs.add(FlightLeg.straight(u(40, 100), speed));
      legs.add(new FlightLeg(u(40, 120), u(0, 5), 0, 0));
    }
    fill(
        legs,
        () -> {
          double r = rng.nextDouble();
          return r < 0.5
              ? FlightLeg.straight(u(30, 90), speed)
              : r < 0.8
                  ? new FlightLeg(u(15, 40), speed, sign() * u(3, 8), 0)
                  : new FlightLeg(u(20, 60), u(10, 25), sign() * u(0, 4), 0);
        });
    boolean modeS = rng.nextDouble() < 0.6;
    String squawk = rng.nextDouble() < 0.6 ? "7000" : discreteSquawk();
    Identity id =
        new Identity(modeS ? icao() : null, modeS ? "LY" + letters(3) : null, squawk, null, null);
    Set<SurveillanceSensor> sensors = radars(modeS);
    EmitterCategory ec = null;
    if (modeS && rng.nextDouble() < 0.3) {
      sensors.add(SurveillanceSensor.ADSB);
      ec = rng.nextDouble() < 0.8 ? EmitterCategory.ROTORCRAFT : EmitterCategory.NO_INFORMATION;
    }
    return new LabelledTarget(
        id(),
        TargetClass.HELICOPTER,
        true,
        (hovers ? "hovers, " : "") + "squawk " + squawk + (modeS ? ", Mode S" : ", Mode A/C"),
        id,
        AircraftDescription.of(ec),
        rng.nextDouble() < 0.95,
        sensors,
        fly(alt, speed, 3.0, 30, legs));
  }

  private LabelledTarget glider() {
    double alt = u(800, 2_000);
    List<FlightLeg> legs = new ArrayList<>();
    double turn = sign() * u(15, 22);
    boolean thermal = rng.nextBoolean();
    double total = 0;
    while (total < DURATION_S) {
      FlightLeg l =
          thermal
              ? new FlightLeg(u(60, 180), u(22, 28), turn, u(1, 3))
              : new FlightLeg(u(60, 150), u(28, 42), sign() * u(0, 1), -u(0.8, 1.5));
      legs.add(l);
      total += l.durationS();
      thermal = !thermal;
    }
    boolean transponder = rng.nextBoolean();
    Identity id = Identity.NONE;
    EmitterCategory ec = null;
    Set<SurveillanceSensor> sensors = radars(false, false);
    if (transponder) {
      id = new Identity(icao(), "LY" + letters(3), "7000", null, null);
      sensors = radars(true);
      if (rng.nextDouble() < 0.3) {
        sensors.add(SurveillanceSensor.ADSB);
        ec = EmitterCategory.GLIDER;
      }
    }
    return new LabelledTarget(
        id(),
        TargetClass.GLIDER,
        true,
        transponder ? "Mode S + 7000" + (ec != null ? " + ADS-B GLIDER" : "") : "no transponder",
        id,
        AircraftDescription.of(ec),
        transponder,
        sensors,
        fly(alt, legs.get(0).speedMps(), 2.0, 300, legs));
  }

  private LabelledTarget balloon() {
    boolean manned = rng.nextDouble() < 0.3;
    double alt = manned ? u(300, 1_500) : u(2_000, 6_000);
    double speed = manned ? u(2, 10) : u(3, 15);
    List<FlightLeg> legs = new ArrayList<>();
    fill(legs, () -> new FlightLeg(u(40, 120), speed + u(-1, 1), u(-0.1, 0.1), u(-0.3, 0.3)));
    if (!manned) {
      return new LabelledTarget(
          id(),
          TargetClass.BALLOON,
          false,
          "uncrewed, no transponder, drifting",
          Identity.NONE,
          AircraftDescription.NONE,
          false,
          radars(false, false),
          fly(alt, speed, 0.2, 100, legs));
    }
    boolean modeS = rng.nextBoolean();
    Identity id = new Identity(modeS ? icao() : null, null, "7000", null, null);
    return new LabelledTarget(
        id(),
        TargetClass.BALLOON,
        true,
        "hot-air balloon, squawk 7000" + (modeS ? ", Mode S" : ""),
        id,
        AircraftDescription.NONE,
        true,
        radars(modeS),
        fly(alt, speed, 0.2, 100, legs));
  }

  private LabelledTarget smallDrone() {
    double alt = u(40, 400);
    boolean multirotor = rng.nextDouble() < 0.7;
    List<FlightLeg> legs = new ArrayList<>();
    double speed;
    if (multirotor) {
      speed = u(8, 18);
      fill(
          legs,
          () -> {
            double r = rng.nextDouble();
            return r < 0.3
                ? new FlightLeg(u(10, 60), 0, 0, 0)
                : r < 0.8
                    ? new FlightLeg(u(20, 60), speed, 0, u(-1, 1))
                    : new FlightLeg(u(3, 9), speed * 0.6, sign() * u(10, 30), 0);
          });
    } else {
      speed = u(15, 30);
      fill(
          legs,
          () ->
              rng.nextDouble() < 0.5
                  ? FlightLeg.straight(u(20, 60), speed)
                  : new FlightLeg(u(20, 60), speed, sign() * u(5, 10), 0));
    }
    boolean remoteId = rng.nextDouble() < 0.4;
    Set<SurveillanceSensor> sensors = radars(false, false);
    Identity id = Identity.NONE;
    if (remoteId) {
      sensors.add(SurveillanceSensor.REMOTE_ID);
      id = new Identity(null, null, null, String.format(Locale.ROOT, "1596F3%010d", index), null);
    }
    return new LabelledTarget(
        id(),
        TargetClass.SMALL_DRONE,
        false,
        (multirotor ? "multirotor" : "small fixed-wing") + (remoteId ? ", Remote ID" : ""),
        id,
        AircraftDescription.NONE,
        false,
        sensors,
        fly(alt, speed, 3.0, 20, legs));
  }

  private LabelledTarget largeUas() {
    double alt = u(4_000, 8_000);
    double speed = u(35, 90);
    double turn = sign() * u(1.5, 3);
    List<FlightLeg> legs = new ArrayList<>();
    fill(
        legs,
        new FlightLeg[] {
          FlightLeg.straight(u(60, 120), speed), new FlightLeg(180 / Math.abs(turn), speed, turn, 0)
        });
    double r = rng.nextDouble();
    if (r < 0.7) {
      return new LabelledTarget(
          id(),
          TargetClass.LARGE_UAS,
          false,
          "MALE, no transponder, racetrack",
          Identity.NONE,
          AircraftDescription.NONE,
          false,
          radars(false, false),
          fly(alt, speed, 1.0, 500, legs));
    }
    boolean adsb = r < 0.9;
    Identity id = new Identity(icao(), "UAS" + (10 + index % 90), discreteSquawk(), null, null);
    Set<SurveillanceSensor> sensors = radars(true);
    if (adsb) {
      sensors.add(SurveillanceSensor.ADSB);
    }
    return new LabelledTarget(
        id(),
        TargetClass.LARGE_UAS,
        false,
        "MALE, Mode S" + (adsb ? " + ADS-B UNMANNED" : " only"),
        id,
        AircraftDescription.of(adsb ? EmitterCategory.UNMANNED : null),
        true,
        sensors,
        fly(alt, speed, 1.0, 500, legs));
  }

  private LabelledTarget munition() {
    double alt = u(100, 2_000);
    double speed = u(45, 55);
    List<FlightLeg> legs = new ArrayList<>();
    fill(
        legs,
        () ->
            rng.nextDouble() < 0.7
                ? new FlightLeg(u(60, 150), speed, 0, u(-1, 1))
                : new FlightLeg(u(20, 40), speed, sign() * u(2, 4), 0));
    return new LabelledTarget(
        id(),
        TargetClass.LOITERING_MUNITION,
        false,
        "Shahed/Gerbera-like, " + Math.round(alt) + " m",
        Identity.NONE,
        AircraftDescription.NONE,
        false,
        radars(false, false),
        fly(alt, speed, 1.0, 50, legs));
  }

  private LabelledTarget fastJet() {
    boolean transponder = rng.nextDouble() < 0.3;
    double alt = transponder ? u(8_000, 11_000) : u(1_000, 12_000);
    double speed = transponder ? u(220, 260) : u(180, 300);
    boolean manoeuvres = rng.nextDouble() < (transponder ? 0.5 : 0.6);
    List<FlightLeg> legs = new ArrayList<>();
    fill(
        legs,
        () -> {
          double r = rng.nextDouble();
          if (!manoeuvres || r < 0.4) {
            return FlightLeg.straight(u(30, 90), speed);
          }
          return r < 0.8
              ? new FlightLeg(u(10, 30), speed + u(0, 50), sign() * u(6, 15), 0)
              : new FlightLeg(u(15, 30), speed, 0, sign() * u(50, 100));
        });
    Identity id =
        transponder
            ? new Identity(icao(), "NATO" + (10 + index % 90), discreteSquawk(), null, null)
            : Identity.NONE;
    return new LabelledTarget(
        id(),
        TargetClass.FAST_JET,
        false,
        (transponder ? "Mode S" : "no transponder") + (manoeuvres ? ", manoeuvring" : ", cruise"),
        id,
        AircraftDescription.NONE,
        transponder,
        radars(transponder, transponder),
        fly(alt, speed, 8.0, 300, legs));
  }

  private LabelledTarget militaryTransport() {
    double alt = u(6_000, 10_000);
    double speed = u(150, 230);
    List<FlightLeg> legs = new ArrayList<>();
    fill(
        legs,
        () ->
            rng.nextDouble() < 0.7
                ? FlightLeg.straight(u(40, 120), speed)
                : new FlightLeg(u(20, 60), speed, sign() * u(0.5, 1.5), 0));
    if (rng.nextDouble() < 0.4) {
      return new LabelledTarget(
          id(),
          TargetClass.LARGE_AIRCRAFT,
          false,
          "tanker/transport, no transponder",
          Identity.NONE,
          AircraftDescription.NONE,
          false,
          radars(false, false),
          fly(alt, speed, 1.0, 300, legs));
    }
    boolean flightPlan = rng.nextBoolean();
    String type = flightPlan ? MILITARY_TYPES[rng.nextInt(MILITARY_TYPES.length)] : null;
    Identity id = new Identity(icao(), "RCH" + (100 + index % 900), discreteSquawk(), null, null);
    return new LabelledTarget(
        id(),
        TargetClass.LARGE_AIRCRAFT,
        false,
        "tanker/transport, Mode S" + (flightPlan ? " + flight plan " + type : ""),
        id,
        new AircraftDescription(null, type, flightPlan ? WakeTurbulenceCategory.HEAVY : null),
        true,
        radars(true),
        fly(alt, speed, 1.0, 300, legs));
  }

  private LabelledTarget testTransponder() {
    boolean modeS = rng.nextBoolean();
    double range = u(10_000, 60_000);
    double bearing = u(0, 2 * Math.PI);
    Identity id = new Identity(modeS ? icao() : null, null, discreteSquawk(), null, null);
    Set<SurveillanceSensor> sensors =
        EnumSet.of(modeS ? SurveillanceSensor.SSR_MODE_S : SurveillanceSensor.SSR_MODE_AC);
    return new LabelledTarget(
        id(),
        TargetClass.UNKNOWN,
        false,
        "stationary ground test transponder, " + (modeS ? "Mode S" : "Mode A/C"),
        id,
        AircraftDescription.NONE,
        true,
        sensors,
        Trajectory.stationary(
            range * Math.sin(bearing), range * Math.cos(bearing), u(100, 200), DURATION_S));
  }

  // ---- building blocks ----

  /** SplitMix64 finaliser: nearby seeds give unrelated random streams. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private interface LegSource {
    FlightLeg next();
  }

  /** Adds legs from {@code source} until the flight lasts {@value #DURATION_S} s. */
  private static void fill(List<FlightLeg> legs, LegSource source) {
    double total = 0;
    for (FlightLeg l : legs) {
      total += l.durationS();
    }
    while (total < DURATION_S) {
      FlightLeg l = source.next();
      legs.add(l);
      total += l.durationS();
    }
  }

  /** Adds {@code pattern}, repeated, until the flight lasts {@value #DURATION_S} s. */
  private static void fill(List<FlightLeg> legs, FlightLeg[] pattern) {
    int[] k = {0};
    fill(legs, () -> pattern[k[0]++ % pattern.length]);
  }

  /** The path from a random point 20–100 km from the radar, on a random heading. */
  private Trajectory fly(
      double alt, double speed, double accelerationMps2, double floorM, List<FlightLeg> legs) {
    double range = u(20_000, 100_000);
    double bearing = u(0, 2 * Math.PI);
    return Trajectory.fly(
        range * Math.sin(bearing),
        range * Math.cos(bearing),
        alt,
        u(0, 360),
        speed,
        accelerationMps2,
        floorM,
        legs);
  }

  /** A primary radar (2-D or 3-D at even odds) and, with a transponder, the secondary radar. */
  private Set<SurveillanceSensor> radars(boolean modeS) {
    return radars(true, modeS);
  }

  private Set<SurveillanceSensor> radars(boolean transponder, boolean modeS) {
    Set<SurveillanceSensor> s =
        EnumSet.of(rng.nextBoolean() ? SurveillanceSensor.PSR_3D : SurveillanceSensor.PSR_2D);
    if (transponder) {
      s.add(modeS ? SurveillanceSensor.SSR_MODE_S : SurveillanceSensor.SSR_MODE_AC);
    }
    return s;
  }

  private String id() {
    return String.format(Locale.ROOT, "%s-%03d", LABELS.get(labelIndex), index);
  }

  /** A unique 24-bit address per target (outside any military block the classifier is given). */
  private String icao() {
    return String.format(Locale.ROOT, "%06X", 0x480000 + labelIndex * 4096 + index);
  }

  /** A discrete Mode 3/A code: four octal digits, none of the reserved codes, not 7xxx. */
  private String discreteSquawk() {
    while (true) {
      StringBuilder b = new StringBuilder(4);
      b.append(1 + rng.nextInt(6));
      for (int i = 0; i < 3; i++) {
        b.append(rng.nextInt(8));
      }
      String code = b.toString();
      if (SquawkKind.of(code) == SquawkKind.DISCRETE) {
        return code;
      }
    }
  }

  private String letters(int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) ('A' + rng.nextInt(26)));
    }
    return b.toString();
  }

  private double u(double lo, double hi) {
    return lo + (hi - lo) * rng.nextDouble();
  }

  private double sign() {
    return rng.nextBoolean() ? 1 : -1;
  }

  private double turnOrNot(double maxDegPerS) {
    return rng.nextDouble() < 0.3 ? sign() * u(0.3, maxDegPerS) : 0;
  }
}
