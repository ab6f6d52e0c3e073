package org.sargas.server.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sargas.model.observation.BearingMeasurement;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PlanarMeasurement;
import org.sargas.model.observation.PolarMeasurement;
import org.sargas.model.observation.SystemTrackMeasurement;
import org.sargas.model.track.Track;
import org.sargas.server.json.ViolationJson;
import org.sargas.sim.sensor.SimulatedObservation;
import org.sargas.sim.truth.TruthSample;

/**
 * Writes a run's files: {@code observations.csv}, {@code truth.csv}, {@code tracks.csv} (the
 * columns {@code sargas monitor} reads) and {@code incidents.json} (violations, alerts, early
 * warnings and last known states, as printed by {@code sargas scenario run --format json}).
 */
public final class ScenarioWriter {

  public void write(ScenarioResult r, Path dir) throws IOException {
    Files.createDirectories(dir);
    try (BufferedWriter w =
        Files.newBufferedWriter(dir.resolve("observations.csv"), StandardCharsets.UTF_8)) {
      w.write(
          "time_s,sensor_id,kind,range_m,azimuth_deg,elevation_deg,lat_deg,lon_deg,bearing_deg,x_m,y_m,alt_m,truth_id\n");
      for (SimulatedObservation so : r.simulation().observations()) {
        w.write(observationLine(so));
      }
    }
    try (BufferedWriter w =
        Files.newBufferedWriter(dir.resolve("truth.csv"), StandardCharsets.UTF_8)) {
      w.write("time_s,truth_id,lat_deg,lon_deg,alt_m,v_east_mps,v_north_mps,v_up_mps\n");
      for (TruthSample s : r.simulation().truth()) {
        w.write(
            String.format(
                Locale.ROOT,
                "%s,%s,%.7f,%.7f,%.1f,%.2f,%.2f,%.2f%n",
                ViolationJson.epochSeconds(s.time()).toPlainString(),
                s.targetId(),
                s.position().latDeg(),
                s.position().lonDeg(),
                s.position().altitudeM(),
                s.velocityEastMps(),
                s.velocityNorthMps(),
                s.velocityUpMps()));
      }
    }
    try (BufferedWriter w =
        Files.newBufferedWriter(dir.resolve("tracks.csv"), StandardCharsets.UTF_8)) {
      w.write("time_s,track_id,lat_deg,lon_deg,alt_m,sigma_m,v_east_mps,v_north_mps,state,class\n");
      for (Track t : r.trackUpdates()) {
        w.write(
            String.format(
                Locale.ROOT,
                "%s,%s,%.7f,%.7f,%.1f,%.1f,%.2f,%.2f,%s,%s%n",
                ViolationJson.epochSeconds(t.time()).toPlainString(),
                t.trackId(),
                t.position().latDeg(),
                t.position().lonDeg(),
                t.position().altitudeM(),
                t.sigmaMajorM(),
                t.velocityEastMps(),
                t.velocityNorthMps(),
                t.state(),
                t.classification().targetClass()));
      }
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("scenario", r.scenario().name());
    doc.put("violations", r.violations().stream().map(ViolationJson::toMap).toList());
    doc.put("truthViolations", r.truthViolations().stream().map(ViolationJson::toMap).toList());
    doc.put("crossings", r.crossings().stream().map(ViolationJson::toMap).toList());
    doc.put("alerts", r.alerts().stream().map(IncidentJson::toMap).toList());
    doc.put("truthAlerts", r.truthAlerts().stream().map(IncidentJson::toMap).toList());
    doc.put("warnings", r.warnings().stream().map(IncidentJson::toMap).toList());
    doc.put("lastKnown", r.lastKnown().stream().map(IncidentJson::toMap).toList());
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(dir.resolve("incidents.json").toFile(), doc);
  }

  private static String observationLine(SimulatedObservation so) {
    Observation o = so.observation();
    String[] f = new String[13];
    java.util.Arrays.fill(f, "");
    f[0] = ViolationJson.epochSeconds(o.time()).toPlainString();
    f[1] = o.sensorId();
    switch (o.measurement()) {
      case PolarMeasurement p -> {
        f[2] = "polar";
        f[3] = fmt(p.rangeM(), 1);
        f[4] = fmt(Math.toDegrees(p.azimuthRad()), 4);
        f[5] = p.hasElevation() ? fmt(Math.toDegrees(p.elevationRad()), 4) : "";
      }
      case GeodeticMeasurement g -> {
        f[2] = "geodetic";
        f[6] = fmt(g.position().latDeg(), 7);
        f[7] = fmt(g.position().lonDeg(), 7);
      }
      case BearingMeasurement b -> {
        f[2] = "bearing";
        f[8] = fmt(Math.toDegrees(b.bearingRad()), 3);
      }
      case SystemTrackMeasurement t -> {
        f[2] = "systemtrack";
        f[6] = fmt(t.position().latDeg(), 7);
        f[7] = fmt(t.position().lonDeg(), 7);
      }
      case PlanarMeasurement p -> {
        f[2] = "planar";
        f[9] = fmt(p.xM(), 1);
        f[10] = fmt(p.yM(), 1);
      }
    }
    f[11] = o.hasAltitude() ? fmt(o.altitudeM(), 1) : "";
    f[12] = so.truthId() == null ? "" : so.truthId();
    return String.join(",", List.of(f)) + "\n";
  }

  private static String fmt(double v, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", v);
  }
}
