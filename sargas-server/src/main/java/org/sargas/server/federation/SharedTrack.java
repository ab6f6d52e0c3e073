package org.sargas.server.federation;

import java.util.List;
import java.util.Objects;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.Track;

/**
 * A track as it may cross a federation link: its global id (the same on every node), the track, its
 * label and the sites of the sensors that contributed (empty once stripped). Immutable.
 *
 * @param globalId the id every node shows for this object
 * @param track the track
 * @param label the releasability label (for a fused track, {@link ReleasabilityLabel#fused})
 * @param sensorSites positions of the contributing sensors, by sensor id order
 */
public record SharedTrack(
    String globalId, Track track, ReleasabilityLabel label, List<SensorSite> sensorSites) {

  /** A contributing sensor's id and position. */
  public record SensorSite(String sensorId, GeoPoint position) {}

  public SharedTrack {
    Objects.requireNonNull(globalId, "globalId");
    Objects.requireNonNull(track, "track");
    Objects.requireNonNull(label, "label");
    sensorSites = List.copyOf(sensorSites);
  }

  /** This track without its sensor sites. */
  public SharedTrack withoutSensorSites() {
    return sensorSites.isEmpty() ? this : new SharedTrack(globalId, track, label, List.of());
  }
}
