package org.sargas.pipeline;

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
 * Domestic traffic rule of docs/airspace.md: a cooperative track (it carries an ICAO address, a
 * Mode 3/A code or a callsign) first seen already inside a national airspace, and not classified as
 * a drone, is domestic and is not shown to the airspace monitor until it has been seen outside
 * every such airspace (the monitor would open a violation on its second update, and measuring depth
 * for thousands of domestic tracks costs ~1 ms per track and scan). A non-cooperative track first
 * seen inside is not domestic: it may be an intruder that crossed below the radar horizon (a drone
 * first seen 5 km inside must still alarm). Events that still concern a domestic track are
 * suppressed as a safeguard. Not thread-safe.
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
        if (t.classification().targetClass().isDrone() || !cooperative(t)) {
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
          if (d.isEmpty()) {
            domestic.remove(t.trackId());
          }
        }
      }
    }
  }

  private static boolean cooperative(Track t) {
    return t.identity() != null
        && (t.identity().icaoAddress() != null
            || t.identity().mode3a() != null
            || t.identity().callsign() != null);
  }

  /**
   * Observes one track update and tells whether the monitor should see it (false while the track is
   * domestic). Call once per track per scan, in scan order.
   */
  public boolean monitored(Track t) {
    boolean wasDomestic = domestic.containsKey(t.trackId());
    observe(List.of(t));
    return t.state() == TrackState.DROPPED ? !wasDomestic : !domestic.containsKey(t.trackId());
  }

  /** Whether the track is domestic now (without observing anything). */
  public boolean isDomestic(String trackId) {
    return domestic.containsKey(trackId);
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
