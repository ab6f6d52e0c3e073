package org.sargas.model.airspace;

import java.time.Instant;
import org.sargas.model.geo.GeoPoint;

/**
 * A predicted entry into a protected zone, issued before it happens.
 *
 * @param trackId the track
 * @param zoneId the zone it is predicted to enter
 * @param issuedAt event time of the track update that produced the prediction
 * @param predictedEntryTime when it is predicted to cross
 * @param predictedEntryPoint where
 * @param leadTimeS predictedEntryTime − issuedAt, seconds
 * @param prediction which motion hypothesis predicted it (e.g. "straight", "turn-left-3dps")
 */
public record Warning(
    String trackId,
    String zoneId,
    Instant issuedAt,
    Instant predictedEntryTime,
    GeoPoint predictedEntryPoint,
    double leadTimeS,
    String prediction) {}
