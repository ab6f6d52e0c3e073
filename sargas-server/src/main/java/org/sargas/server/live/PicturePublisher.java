package org.sargas.server.live;

import java.time.Instant;
import java.util.List;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.Violation;
import org.sargas.model.track.Track;

/** Receives what the pipeline publishes, after it is durable. Must not block the pipeline. */
public interface PicturePublisher {
  /** One scan's changed tracks and the ids it dropped. */
  void tracks(Instant time, List<Track> changed, List<String> dropped);

  /** A violation was opened, updated or closed. */
  void violation(Violation v);

  /**
   * An alert was raised, acknowledged or closed.
   *
   * @param receiveNanos {@link System#nanoTime()} at receipt of the frame that completed the scan,
   *     or 0 when not caused by a frame
   */
  void alert(
      Alert alert,
      String state,
      org.sargas.store.incident.Acknowledgement ack,
      String violationId,
      long receiveNanos);

  /** A sensor's status changed. */
  void sensors(List<SensorView> sensors);

  /** Publishes nothing (replay, tests). */
  PicturePublisher NONE =
      new PicturePublisher() {
        @Override
        public void tracks(Instant time, List<Track> changed, List<String> dropped) {}

        @Override
        public void violation(Violation v) {}

        @Override
        public void alert(
            Alert a, String s, org.sargas.store.incident.Acknowledgement k, String v, long n) {}

        @Override
        public void sensors(List<SensorView> sensors) {}
      };
}
