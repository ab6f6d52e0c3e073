package org.sargas.server.sapient;

import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.sargas.formats.sapient.SapientTasking;
import org.sargas.model.geo.GeoPoint;
import org.sargas.server.live.SensorTasking;

/**
 * The decision-making module's tasking side: the node connections by sensor id, and the tasks the
 * API sends through them (ULID task ids from the node's clock and a counter). Thread-safe.
 */
public final class SapientDmm implements SensorTasking {
  /** Half the side of the area of interest sent with a "follow" task, metres. */
  public static final double FOLLOW_AREA_HALF_SIDE_M = 1000;

  private final Map<String, SapientDmmSource> bySensor = new ConcurrentHashMap<>();
  private final InstantSource clock;
  private final AtomicLong sequence = new AtomicLong();

  public SapientDmm(InstantSource clock) {
    this.clock = clock;
  }

  /** Registers the connection of a sensor's node. */
  public void add(String sensorId, SapientDmmSource source) {
    bySensor.put(sensorId, source);
  }

  @Override
  public Result lookAt(String sensorId, List<GeoPoint> area) {
    SapientDmmSource s = bySensor.get(sensorId);
    if (s == null) {
      return new Result(Outcome.UNKNOWN_SENSOR, null);
    }
    String taskId = nextTaskId();
    byte[] task =
        SapientTasking.lookAt(clock.instant(), s.dmmId(), s.registeredNodeId(), taskId, area);
    return sent(s, task, taskId);
  }

  @Override
  public Result follow(String sensorId, String trackId, GeoPoint lastPosition) {
    SapientDmmSource s = bySensor.get(sensorId);
    if (s == null) {
      return new Result(Outcome.UNKNOWN_SENSOR, null);
    }
    String taskId = nextTaskId();
    byte[] task =
        SapientTasking.follow(
            clock.instant(),
            s.dmmId(),
            s.registeredNodeId(),
            taskId,
            trackId,
            SapientTasking.squareAround(lastPosition, FOLLOW_AREA_HALF_SIDE_M));
    return sent(s, task, taskId);
  }

  private static Result sent(SapientDmmSource s, byte[] task, String taskId) {
    return s.send(task)
        ? new Result(Outcome.SENT, taskId)
        : new Result(Outcome.NOT_CONNECTED, null);
  }

  private String nextTaskId() {
    long n = sequence.incrementAndGet();
    return SapientTasking.ulid(clock.instant(), n >>> 48, n * 0x9E3779B97F4A7C15L);
  }
}
