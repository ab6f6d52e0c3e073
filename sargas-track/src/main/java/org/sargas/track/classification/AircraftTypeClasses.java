package org.sargas.track.classification;

import java.util.Map;
import java.util.TreeMap;
import org.sargas.model.track.TargetClass;

/**
 * The class of an aircraft by its ICAO Doc 8643 type designator (as ASTERIX CAT062 I062/390 TAC
 * carries it from the flight plan). The built-in table holds only common designators and the
 * special ones of Doc 8643 (GLID glider, BALL balloon, SHIP airship, ULAC ultralight, GYRO
 * gyroplane, UHEL ultralight helicopter); an operator with the full Doc 8643 list gives the
 * classifier its own table.
 */
public final class AircraftTypeClasses {
  private static final Map<String, TargetClass> DEFAULTS = build();

  private AircraftTypeClasses() {}

  /** The built-in table, unmodifiable, designators upper case. */
  public static Map<String, TargetClass> defaults() {
    return DEFAULTS;
  }

  private static Map<String, TargetClass> build() {
    Map<String, TargetClass> m = new TreeMap<>();
    put(
        m,
        TargetClass.AIRLINER,
        "A319",
        "A320",
        "A321",
        "A20N",
        "A21N",
        "A332",
        "A333",
        "A339",
        "A359",
        "A35K",
        "A388",
        "B737",
        "B738",
        "B739",
        "B38M",
        "B39M",
        "B744",
        "B748",
        "B752",
        "B763",
        "B772",
        "B77W",
        "B788",
        "B789",
        "BCS1",
        "BCS3",
        "E190",
        "E195",
        "CRJ9",
        "AT72",
        "AT76",
        "DH8D");
    put(
        m,
        TargetClass.LIGHT_AIRCRAFT,
        "C152",
        "C172",
        "C182",
        "P28A",
        "SR22",
        "DA40",
        "ULAC",
        "GYRO");
    put(
        m,
        TargetClass.HELICOPTER,
        "R22",
        "R44",
        "R66",
        "EC35",
        "EC45",
        "AS50",
        "B06",
        "A139",
        "S76",
        "H60",
        "MI8",
        "UHEL");
    put(m, TargetClass.GLIDER, "GLID");
    put(m, TargetClass.BALLOON, "BALL", "SHIP");
    put(
        m,
        TargetClass.LARGE_AIRCRAFT,
        "C17",
        "C130",
        "C30J",
        "C160",
        "A400",
        "K35R",
        "IL76",
        "AN12",
        "C5M",
        "E3TF",
        "E3CF");
    put(
        m,
        TargetClass.FAST_JET,
        "F15",
        "F16",
        "F35",
        "EUFI",
        "RFAL",
        "TOR",
        "SU27",
        "MG29",
        "MG31");
    return Map.copyOf(m);
  }

  private static void put(Map<String, TargetClass> m, TargetClass c, String... designators) {
    for (String d : designators) {
      m.put(d, c);
    }
  }
}
