package org.sargas.store.incident;

import java.time.Instant;
import org.sargas.model.sensor.Sensor;

/**
 * A sensor with its last known feed status.
 *
 * @param sensor the sensor
 * @param status its feed status
 * @param statusTime when the status was last set, or null if never
 */
public record StoredSensor(Sensor sensor, SensorStatus status, Instant statusTime) {}
