package org.sargas.server.api;

import java.time.InstantSource;
import java.util.List;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.airspace.zone.ZoneArea;
import org.sargas.model.airspace.Alert;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.live.LivePicture;
import org.sargas.server.live.SensorBoard;
import org.sargas.server.live.ServeMetrics;
import org.sargas.store.DataDirectory;
import org.sargas.store.evidence.EvidenceLog;
import org.sargas.store.incident.Acknowledgement;
import org.sargas.store.incident.IncidentStore;
import org.sargas.store.recorder.IncidentRecorder;

/**
 * What the HTTP/WebSocket API needs of a running node: its state to read (picture, sensors, store,
 * evidence, metrics, zones, configuration) and the two things an operator may change (acknowledge
 * through the recorder, and broadcast that change). The API depends on this, never on the node
 * itself.
 */
public interface NodeView {
  /** The effective configuration. */
  ServeConfig config();

  /** The node's clock (operator actions are stamped with it). */
  InstantSource clock();

  /** The metrics registry. */
  ServeMetrics metrics();

  /** The incident store (read). */
  IncidentStore store();

  /** Records operator actions durably (store, audit and evidence logs). */
  IncidentRecorder recorder();

  /** The evidence log (bundles). */
  EvidenceLog evidence();

  /** The live picture. */
  LivePicture picture();

  /** The sensors' feed status. */
  SensorBoard sensors();

  /** Country borders. */
  CountryBorders borders();

  /** The zones the pipeline watches. */
  List<ZoneArea> zones();

  /** The data directory (journal for evidence bundles). */
  DataDirectory data();

  /** Frames waiting in the ingest queue. */
  int queueDepth();

  /** Seconds since the node started. */
  double uptimeS();

  /** Publishes an alert change (acknowledgement) to WebSocket clients. */
  void broadcastAlert(Alert alert, String state, Acknowledgement ack, String violationId);

  /**
   * An operator sets a track's standard identity (the identification criteria are suspended for it
   * until released); effective from the next scan. The caller records the action.
   */
  org.sargas.model.track.IdentityAssessment setIdentity(
      String trackId,
      org.sargas.model.track.StandardIdentity identity,
      String reason,
      String operator);

  /** An operator releases a track's identity to the criteria; whether one was set. */
  boolean releaseIdentity(String trackId);

  /** Sensors that take tasks (SAPIENT nodes connected to this node); none by default. */
  default org.sargas.server.live.SensorTasking tasking() {
    return org.sargas.server.live.SensorTasking.NONE;
  }

  /**
   * The state of the backend that runs the pipeline when it is not the node's own thread (the Kafka
   * link of {@code sargas serve --kafka}), as {@code /health} shows it; empty by default.
   */
  default java.util.Map<String, Object> backendHealth() {
    return java.util.Map.of();
  }

  /** The node's federation with partner nodes; none by default. */
  default org.sargas.server.live.FederationView federation() {
    return org.sargas.server.live.FederationView.NONE;
  }
}
