/**
 * Airports: drone protection zones built from runway thresholds (OurAirports-style runway CSV) with
 * configurable dimensions, and the runway-suspension alert raised while a drone is inside an
 * airport's zone, lasting until the zone has been clear for a configurable time.
 */
package org.sargas.airspace.airport;
