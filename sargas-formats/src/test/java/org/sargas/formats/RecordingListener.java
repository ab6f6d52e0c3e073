package org.sargas.formats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sargas.model.observation.Observation;

/** Everything an {@link ObservationDecoder} reported, in order. For tests of every format. */
public final class RecordingListener implements DecodeListener {
  /** One {@link DecodeListener#sensorStatus} call. */
  public record Status(int sacSic, Instant time, SensorFeedStatus status) {}

  public final List<Observation> observations = new ArrayList<>();
  public final List<DecodeFailure> failures = new ArrayList<>();
  public final List<String> alive = new ArrayList<>();
  public final List<Integer> unknown = new ArrayList<>();
  public final List<Status> statuses = new ArrayList<>();

  @Override
  public void observation(Observation o) {
    observations.add(o);
  }

  @Override
  public void failure(DecodeFailure f) {
    failures.add(f);
  }

  @Override
  public void sensorAlive(String sensorId, Instant receiveTime) {
    alive.add(sensorId);
  }

  @Override
  public void unknownSource(int sacSic) {
    unknown.add(sacSic);
  }

  @Override
  public void sensorStatus(int sacSic, Instant time, SensorFeedStatus status) {
    statuses.add(new Status(sacSic, time, status));
  }

  /** The failure reasons, in order. */
  public List<String> reasons() {
    return failures.stream().map(DecodeFailure::reason).toList();
  }
}
