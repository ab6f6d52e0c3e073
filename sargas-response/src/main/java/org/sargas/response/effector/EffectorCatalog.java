package org.sargas.response.effector;

import java.util.List;
import java.util.Map;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.TargetClass;
import org.sargas.response.area.CircleAreaTest;
import org.sargas.response.area.KeepOutArea;

/**
 * A default effector catalogue and keep-out list for the Lithuanian and Polish east, for
 * demonstration, tests and as a template for a node's configuration. Sites are assumed and
 * illustrative (none is a real position); kinds, envelopes, probabilities of kill and costs are
 * public-order planning figures whose sources and assumptions are in docs/response.md.
 */
public final class EffectorCatalog {
  private EffectorCatalog() {}

  private static final double JAMMER_FLYOUT = Double.POSITIVE_INFINITY;

  private static Map<TargetClass, Double> jammerPk() {
    return Map.of(
        TargetClass.SMALL_DRONE, 0.7,
        TargetClass.LOITERING_MUNITION, 0.3,
        TargetClass.UNKNOWN, 0.2);
  }

  private static Map<TargetClass, Double> gunPk() {
    return Map.of(
        TargetClass.SMALL_DRONE, 0.6,
        TargetClass.LOITERING_MUNITION, 0.75,
        TargetClass.HELICOPTER_OR_LIGHT_AIRCRAFT, 0.5,
        TargetClass.BALLOON, 0.8,
        TargetClass.UNKNOWN, 0.4);
  }

  private static Map<TargetClass, Double> interceptorDronePk() {
    return Map.of(
        TargetClass.SMALL_DRONE, 0.5,
        TargetClass.LOITERING_MUNITION, 0.6,
        TargetClass.BALLOON, 0.7,
        TargetClass.UNKNOWN, 0.3);
  }

  private static Map<TargetClass, Double> manpadsPk() {
    return Map.of(
        TargetClass.SMALL_DRONE, 0.6,
        TargetClass.LOITERING_MUNITION, 0.7,
        TargetClass.HELICOPTER_OR_LIGHT_AIRCRAFT, 0.8,
        TargetClass.FAST_JET, 0.4,
        TargetClass.UNKNOWN, 0.5);
  }

  private static Map<TargetClass, Double> samPk() {
    return Map.of(
        TargetClass.SMALL_DRONE, 0.85,
        TargetClass.LOITERING_MUNITION, 0.9,
        TargetClass.HELICOPTER_OR_LIGHT_AIRCRAFT, 0.9,
        TargetClass.FAST_JET, 0.85,
        TargetClass.LARGE_AIRCRAFT, 0.9,
        TargetClass.UNKNOWN, 0.8);
  }

  private static Map<TargetClass, Double> fighterPk() {
    return Map.of(
        TargetClass.SMALL_DRONE, 0.6,
        TargetClass.LOITERING_MUNITION, 0.85,
        TargetClass.HELICOPTER_OR_LIGHT_AIRCRAFT, 0.85,
        TargetClass.FAST_JET, 0.85,
        TargetClass.LARGE_AIRCRAFT, 0.9,
        TargetClass.BALLOON, 0.9,
        TargetClass.UNKNOWN, 0.8);
  }

  /**
   * Jammer, 35 mm gun, interceptor drones, MANPADS and a NASAMS-class battery east of Vilnius; the
   * Baltic Air Policing pair at Šiauliai; jammer, gun, interceptor drones and a CAMM-class battery
   * in north-eastern and eastern Poland; the F-16 pair at Łask.
   */
  public static List<Effector> easternFlankDefaults() {
    return List.of(
        new Effector(
            "LT-JAM-1",
            "RF/GNSS jammer, Nemenčinė sector (assumed site)",
            EffectorKind.JAMMER,
            new GeoPoint(54.700, 25.520, 180),
            0,
            5_000,
            0,
            2_000,
            15,
            JAMMER_FLYOUT,
            jammerPk(),
            500,
            1_000,
            "soft kill; weak against INS-guided one-way drones"),
        new Effector(
            "LT-GUN-1",
            "35 mm air-defence gun, Nemenčinė sector (assumed site)",
            EffectorKind.GUN,
            new GeoPoint(54.690, 25.500, 180),
            200,
            3_500,
            0,
            3_000,
            10,
            1_000,
            gunPk(),
            15_000,
            20,
            "about 3 km effective; cost = one burst of programmable rounds"),
        new Effector(
            "LT-IDR-1",
            "Interceptor-drone team, Vilnius east (assumed site)",
            EffectorKind.INTERCEPTOR_DRONE,
            new GeoPoint(54.750, 25.550, 180),
            200,
            15_000,
            0,
            3_000,
            120,
            70,
            interceptorDronePk(),
            5_000,
            12,
            "drone of about 250 km/h"),
        new Effector(
            "LT-MANPADS-1",
            "MANPADS team (Piorun/Stinger class), Vilnius east (assumed site)",
            EffectorKind.SHORT_RANGE_MISSILE,
            new GeoPoint(54.660, 25.600, 180),
            500,
            6_000,
            10,
            4_000,
            30,
            600,
            manpadsPk(),
            250_000,
            6,
            "one missile per engagement"),
        new Effector(
            "LT-SAM-1",
            "NASAMS-class battery, Vilnius (assumed site)",
            EffectorKind.MEDIUM_RANGE_MISSILE,
            new GeoPoint(54.630, 25.100, 150),
            2_000,
            30_000,
            30,
            16_000,
            20,
            1_000,
            samPk(),
            1_000_000,
            12,
            "AMRAAM-class missile per engagement"),
        new Effector(
            "LT-QRA-EYSA",
            "Baltic Air Policing pair, Šiauliai (AIM-120 class)",
            EffectorKind.FIGHTER,
            new GeoPoint(55.8938, 23.3950, 134),
            0,
            600_000,
            0,
            15_000,
            900,
            400,
            fighterPk(),
            1_200_000,
            4,
            "QRA(I) 15 min; missile plus sortie"),
        new Effector(
            "PL-JAM-1",
            "RF/GNSS jammer, Białystok east (assumed site)",
            EffectorKind.JAMMER,
            new GeoPoint(53.150, 23.350, 150),
            0,
            5_000,
            0,
            2_000,
            15,
            JAMMER_FLYOUT,
            jammerPk(),
            500,
            1_000,
            "soft kill; weak against INS-guided one-way drones"),
        new Effector(
            "PL-GUN-1",
            "35 mm air-defence gun, Białystok east (assumed site)",
            EffectorKind.GUN,
            new GeoPoint(53.120, 23.300, 150),
            200,
            3_500,
            0,
            3_000,
            10,
            1_000,
            gunPk(),
            15_000,
            20,
            "about 3 km effective; cost = one burst of programmable rounds"),
        new Effector(
            "PL-IDR-1",
            "Interceptor-drone team, Lublin east (assumed site)",
            EffectorKind.INTERCEPTOR_DRONE,
            new GeoPoint(51.250, 22.900, 180),
            200,
            15_000,
            0,
            3_000,
            120,
            70,
            interceptorDronePk(),
            5_000,
            12,
            "drone of about 250 km/h"),
        new Effector(
            "PL-SAM-1",
            "CAMM-class battery (Narew), Lublin area (assumed site)",
            EffectorKind.MEDIUM_RANGE_MISSILE,
            new GeoPoint(51.300, 22.750, 200),
            1_000,
            25_000,
            20,
            10_000,
            20,
            1_000,
            samPk(),
            1_000_000,
            8,
            "one missile per engagement"),
        new Effector(
            "PL-QRA-EPLK",
            "F-16 pair, Łask (AIM-9X class)",
            EffectorKind.FIGHTER,
            new GeoPoint(51.5510, 19.1825, 193),
            0,
            550_000,
            0,
            15_000,
            900,
            400,
            fighterPk(),
            600_000,
            4,
            "QRA(I) 15 min; missile plus sortie"));
  }

  /**
   * Towns and airports where no engagement may take place (circles around the centre; roads and
   * finer outlines need the node's own geometry).
   */
  public static List<KeepOutArea> easternFlankKeepOuts() {
    return List.of(
        keepOut("VILNIUS", "Vilnius city", 54.687, 25.280, 9_000),
        keepOut("EYVI", "Vilnius airport", 54.634, 25.286, 4_000),
        keepOut("KAUNAS", "Kaunas city", 54.898, 23.904, 8_000),
        keepOut("JONAVA", "Jonava town", 55.083, 24.280, 3_000),
        keepOut("BIALYSTOK", "Białystok city", 53.133, 23.163, 7_000),
        keepOut("LUBLIN", "Lublin city", 51.246, 22.568, 7_000),
        keepOut("EPLB", "Lublin airport", 51.240, 22.714, 3_000));
  }

  private static KeepOutArea keepOut(String id, String name, double lat, double lon, double r) {
    return new KeepOutArea(id, name, new CircleAreaTest(new GeoPoint(lat, lon, 0), r));
  }
}
