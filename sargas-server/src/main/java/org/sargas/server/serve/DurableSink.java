package org.sargas.server.serve;

import java.io.IOException;
import java.time.Instant;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.track.TrackBatch;
import org.sargas.store.incident.IncidentStore;
import org.sargas.store.incident.SensorStatus;
import org.sargas.store.recorder.IncidentRecorder;

/**
 * The production sink: evidence log entry (forced) then store row (committed), via {@link
 * IncidentRecorder}.
 */
public final class DurableSink implements IncidentSink {
  private final IncidentRecorder recorder;
  private final IncidentStore store;

  public DurableSink(IncidentRecorder recorder, IncidentStore store) {
    this.recorder = recorder;
    this.store = store;
  }

  @Override
  public boolean violation(ViolationEvent event) throws IOException {
    return recorder.violation(event);
  }

  @Override
  public boolean alert(Alert alert, String incidentId) throws IOException {
    return recorder.alert(alert, incidentId);
  }

  @Override
  public void tracks(TrackBatch batch) {
    store.recordTracks(batch);
  }

  @Override
  public void sensorStatus(String sensorId, boolean up, Instant time) {
    store.updateSensorStatus(sensorId, up ? SensorStatus.UP : SensorStatus.DOWN, time);
  }
}
