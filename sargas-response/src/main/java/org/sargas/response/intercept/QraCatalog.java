package org.sargas.response.intercept;

import java.util.List;
import org.sargas.model.geo.GeoPoint;

/**
 * The default quick-reaction bases of the Baltic and north-eastern Poland, with public-order
 * planning figures. Positions are runway mid-points from OurAirports (public domain); types and
 * figures are documented with their sources and assumptions in docs/response.md. Baltic Air
 * Policing detachments rotate every four months, so the type at Šiauliai and Ämari is an assumption
 * the node's configuration should override.
 */
public final class QraCatalog {
  private QraCatalog() {}

  /** NATO QRA(I): airborne within 15 minutes of the order, seconds. */
  public static final double QRA_READINESS_S = 900;

  /** Eurofighter Typhoon planning figures (Mach 2 class; dash Mach 1.5 at altitude). */
  public static final QraAircraft TYPHOON =
      new QraAircraft("Eurofighter Typhoon", QRA_READINESS_S, 250, 250, 450, 150_000, 600_000);

  /** F-16C/D Block 52+ planning figures (Mach 2 class; dash Mach 1.5 at altitude). */
  public static final QraAircraft F16 =
      new QraAircraft("F-16C/D", QRA_READINESS_S, 230, 250, 450, 120_000, 550_000);

  /** F-35A planning figures (Mach 1.6 maximum; dash Mach 1.3 at altitude). */
  public static final QraAircraft F35 =
      new QraAircraft("F-35A", QRA_READINESS_S, 200, 250, 390, 120_000, 1_000_000);

  /** MiG-29 planning figures (Mach 2.25 class, short legs: dash Mach 1.5 for 100 km). */
  public static final QraAircraft MIG29 =
      new QraAircraft("MiG-29", QRA_READINESS_S, 250, 250, 450, 100_000, 400_000);

  /** Šiauliai (EYSA), Lithuania: the Baltic Air Policing lead detachment. */
  public static final QraBase SIAULIAI =
      new QraBase(
          "EYSA",
          "Šiauliai (Baltic Air Policing)",
          new GeoPoint(55.8938, 23.3950, 134),
          TYPHOON,
          "NATO Baltic Air Policing lead nation, rotating every four months; type assumed");

  /** Ämari (EEEI), Estonia: the second Baltic Air Policing detachment. */
  public static final QraBase AMARI =
      new QraBase(
          "EEEI",
          "Ämari (Baltic Air Policing)",
          new GeoPoint(59.2603, 24.2085, 20),
          F35,
          "NATO Baltic Air Policing augmenting nation, rotating; F-35A reported there in 2025,"
              + " type assumed");

  /** Łask (EPLK), Poland: 32nd Tactical Air Base, Polish F-16s. */
  public static final QraBase LASK =
      new QraBase(
          "EPLK",
          "Łask (32nd Tactical Air Base)",
          new GeoPoint(51.5510, 19.1825, 193),
          F16,
          "Polish Air Force F-16C/D; national QRA");

  /** Malbork (EPMB), Poland: 22nd Tactical Air Base. */
  public static final QraBase MALBORK =
      new QraBase(
          "EPMB",
          "Malbork (22nd Tactical Air Base)",
          new GeoPoint(54.0266, 19.1356, 5),
          MIG29,
          "Polish Air Force MiG-29; national QRA; allied detachments also deploy here");

  /** Šiauliai, Ämari, Łask and Malbork, in that order. */
  public static List<QraBase> defaults() {
    return List.of(SIAULIAI, AMARI, LASK, MALBORK);
  }
}
