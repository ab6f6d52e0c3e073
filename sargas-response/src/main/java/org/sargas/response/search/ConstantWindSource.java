package org.sargas.response.search;

import java.time.Instant;
import java.util.Objects;

/**
 * The same wind everywhere and always.
 *
 * @param wind the wind
 */
public record ConstantWindSource(WindEstimate wind) implements WindSource {

  public ConstantWindSource {
    Objects.requireNonNull(wind, "wind");
  }

  @Override
  public WindEstimate windAt(double latDeg, double lonDeg, double altitudeM, Instant time) {
    return wind;
  }
}
