package org.sargas.formats.sapient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.DecodeListener;
import org.sargas.model.observation.Observation;

/** Everything a decoder reported, in order. */
final class Collected implements DecodeListener {
  final List<Observation> observations = new ArrayList<>();
  final List<DecodeFailure> failures = new ArrayList<>();
  final List<String> alive = new ArrayList<>();

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
}
