package org.sargas.server.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.airspace.ZoneKind;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;

/**
 * Domestic traffic rule of docs/airspace.md, enforced on the monitor's output: a track first seen
 * already inside a national airspace (and not classified as a drone) is domestic there and raises
 * no violation of it until it has been seen outside. (The monitor opens one on such a track's
 * second update.) All later events of a suppressed violation are suppressed too. Not thread-safe.
 */
public final class DomesticTrackFilter {
  private final List<ZoneArea> zones;
  private final Map<String, Set<String>> domestic = new HashMap<>();
  private final Set<String> seen = new HashSet<>();
  private final Set<String> suppressed = new HashSet<>();

  public DomesticTrackFilter(List<ZoneArea> zones) {
    this.zones = zones;
  }

  /** Observes one scan's tracks (before their events are filtered). */
  public void observe(List<Track> tracks) {
    for (Track t : tracks) {
      if (t.state() == TrackState.DROPPED) {
        seen.remove(t.trackId());
        domestic.remove(t.trackId());
        continue;
      }
      double lat = t.position().latDeg();
      double lon = t.position().lonDeg();
      if (seen.add(t.trackId())) {
        if (t.classification().targetClass().isDrone()) {
          continue;
        }
        for (ZoneArea z : zones) {
          if (z.zone().kind() == ZoneKind.NATIONAL_AIRSPACE && z.contains(lat, lon)) {
            domestic.computeIfAbsent(t.trackId(), k -> new HashSet<>()).add(z.id());
          }
        }
      } else {
        Set<String> d = domestic.get(t.trackId());
        if (d != null) {
          for (ZoneArea z : zones) {
            if (d.contains(z.id()) && !z.contains(lat, lon)) {
              d.remove(z.id());
            }
          }
        }
      }
    }
  }

  /** Whether an event is about domestic traffic (and must be dropped). */
  public boolean suppress(ViolationEvent e) {
    String id = e.violation().violationId();
    if (suppressed.contains(id)) {
      return true;
    }
    Set<String> d = domestic.get(e.violation().trackId());
    if (d != null && d.contains(e.violation().zoneId())) {
      suppressed.add(id);
      if (suppressed.size() > 200_000) {
        suppressed.clear();
      }
      return true;
    }
    return false;
  }
}
