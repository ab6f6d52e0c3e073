package org.sargas.model.airspace;

/** The kind of a protected volume of airspace. */
public enum ZoneKind {
  /** A state's national airspace: land territory plus the 12 NM territorial sea. */
  NATIONAL_AIRSPACE,
  PROHIBITED,
  RESTRICTED,
  DANGER,
  /** An airport's drone restriction / protection zone around its runways. */
  AIRPORT_DRONE_RESTRICTION,
  /** A critical site: power plant, base, government building. */
  CRITICAL_SITE
}
