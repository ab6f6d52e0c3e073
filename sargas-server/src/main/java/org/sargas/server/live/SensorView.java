package org.sargas.server.live;

/**
 * The API's {@code Sensor}: description plus feed status (docs/api.md).
 *
 * @param status UP, DOWN or UNKNOWN
 * @param lastFrameTime receive time of the last frame (ISO-8601), or null
 */
public record SensorView(
    String id,
    String name,
    String kind,
    double lat,
    double lon,
    double maxRangeM,
    double updatePeriodS,
    String status,
    String lastFrameTime,
    long frames,
    long errors) {}
