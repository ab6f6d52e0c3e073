package org.sargas.server.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.function.Predicate;
import java.util.List;
import java.util.Map;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.airspace.monitor.AirspaceMonitor;
import org.sargas.airspace.monitor.MonitorSettings;
import org.sargas.airspace.monitor.PathModel;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.observation.Observation;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackBatch;
import org.sargas.track.MultiTargetTracker;
import org.sargas.track.TrackerConfig;

/**
 * Tracker followed by airspace monitor: one scan of observations in, the changed tracks and the
 * violation events they cause out. Not thread-safe: one writer owns it (the pipeline thread).
 */
public final class AirPicturePipeline {
  private final MultiTargetTracker tracker;
  private final AirspaceMonitor monitor;

  /**
   * @param region the local tangent plane the tracker works in
   * @param sensors sensor sites by id
   * @param borders all country borders (origin and exit countries)
   * @param protectedZones the zones watched
   */
  public AirPicturePipeline(
      LocalTangentPlane region,
      Map<String, Sensor> sensors,
      CountryBorders borders,
      List<ZoneArea> protectedZones,
      TrackerConfig trackerConfig) {
    this.tracker = new MultiTargetTracker(region, sensors, trackerConfig);
    this.monitor =
        new AirspaceMonitor(
            borders, protectedZones, MonitorSettings.defaults().withPathModel(PathModel.HERMITE));
  }

  /** Processes one scan: observations whose event times lie up to {@code scanTime}. */
  public ScanResult process(Instant scanTime, List<Observation> observations) {
    TrackBatch batch = tracker.process(scanTime, observations);
    List<ViolationEvent> events = monitor.evaluate(batch);
    return new ScanResult(batch, events);
  }

  /**
   * Processes one scan, showing the airspace monitor only the tracks {@code monitored} accepts
   * (e.g. not domestic traffic); the result still carries every changed track.
   */
  public ScanResult process(Instant scanTime, List<Observation> observations, Predicate<Track> monitored) {
    TrackBatch batch = tracker.process(scanTime, observations);
    List<Track> shown = new ArrayList<>(batch.tracks().size());
    for (Track t : batch.tracks()) {
      if (monitored.test(t)) {
        shown.add(t);
      }
    }
    List<ViolationEvent> events = monitor.evaluate(new TrackBatch(batch.scanTime(), shown));
    return new ScanResult(batch, events);
  }

  /** End of data: closes every open violation at its track's last update. */
  public List<ViolationEvent> flush() {
    return monitor.flush();
  }

  /** The tracker (counters, current picture). */
  public MultiTargetTracker tracker() {
    return tracker;
  }

  /**
   * What one scan produced.
   *
   * @param tracks the tracks changed by the scan
   * @param violationEvents violation life-cycle events caused by them
   */
  public record ScanResult(TrackBatch tracks, List<ViolationEvent> violationEvents) {}
}
