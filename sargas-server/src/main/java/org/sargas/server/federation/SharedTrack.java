package org.sargas.server.federation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.Track;

/**
 * A track as it may cross a federation link: its global id (the same on every node), the track, its
 * label, the sites of the sensors that contributed (empty once stripped), the node that tracks it
 * and since when the global id exists (the earlier of two ids wins when nodes correlate their
 * tracks, docs/decisions/1503-federation-global-track-ids.md). Immutable.
 *
 * @param globalId the id every node shows for this object
 * @param track the track (its id is the origin node's local id)
 * @param label the releasability label (for a fused track, {@link ReleasabilityLabel#fused})
 * @param sensorSites positions of the contributing sensors, by sensor id order
 * @param origin the id of the node that tracks it
 * @param originNation that node's nation, ISO 3166-1 alpha-3
 * @param globalSince when the global id was first given (event time)
 */
public record SharedTrack(
    String globalId,
    Track track,
    ReleasabilityLabel label,
    List<SensorSite> sensorSites,
    String origin,
    String originNation,
    Instant globalSince) {

  /** A contributing sensor's id and position. */
  public record SensorSite(String sensorId, GeoPoint position) {}

  public SharedTrack {
    Objects.requireNonNull(globalId, "globalId");
    Objects.requireNonNull(track, "track");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(originNation, "originNation");
    Objects.requireNonNull(globalSince, "globalSince");
    sensorSites = List.copyOf(sensorSites);
  }

  /**
   * A track whose global id is {@code <nation>-<trackId>} (the demo's form): origin and nation are
   * the part before the first {@code -}, the id exists since the track's time.
   */
  public SharedTrack(
      String globalId, Track track, ReleasabilityLabel label, List<SensorSite> sensorSites) {
    this(globalId, track, label, sensorSites, prefix(globalId), prefix(globalId), track.time());
  }

  private static String prefix(String globalId) {
    int dash = globalId.indexOf('-');
    return dash > 0 ? globalId.substring(0, dash) : globalId;
  }

  /** This track without its sensor sites. */
  public SharedTrack withoutSensorSites() {
    return sensorSites.isEmpty()
        ? this
        : new SharedTrack(globalId, track, label, List.of(), origin, originNation, globalSince);
  }

  /** The key of this object on its origin node: {@code <origin>/<local track id>}. */
  public String originKey() {
    return origin + "/" + track.trackId();
  }
}
