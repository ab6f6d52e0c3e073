package org.sargas.server.live;

import java.time.Instant;
import java.util.List;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.Violation;
import org.sargas.model.track.Track;
import org.sargas.store.incident.Acknowledgement;

/**
 * Hands everything the pipeline publishes to several publishers in order (the WebSocket
 * broadcaster, then the outputs). Each must itself not block; immutable, thread-safe when they are.
 */
public final class FanOutPublisher implements PicturePublisher {
  private final List<PicturePublisher> publishers;

  public FanOutPublisher(List<PicturePublisher> publishers) {
    this.publishers = List.copyOf(publishers);
  }

  @Override
  public void tracks(Instant time, List<Track> changed, List<String> dropped) {
    for (PicturePublisher p : publishers) {
      p.tracks(time, changed, dropped);
    }
  }

  @Override
  public void violation(Violation v) {
    for (PicturePublisher p : publishers) {
      p.violation(v);
    }
  }

  @Override
  public void alert(
      Alert alert, String state, Acknowledgement ack, String violationId, long receiveNanos) {
    for (PicturePublisher p : publishers) {
      p.alert(alert, state, ack, violationId, receiveNanos);
    }
  }

  @Override
  public void sensors(List<SensorView> sensors) {
    for (PicturePublisher p : publishers) {
      p.sensors(sensors);
    }
  }
}
