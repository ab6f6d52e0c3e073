package org.sargas.store.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.store.incident.Acknowledgement;
import org.sargas.store.incident.OperatorAction;

/**
 * Builds the evidence entries the live system logs. Each is a canonical JSON object:
 *
 * <pre>
 * {"schema":"sargas.evidence/1","type":T,"incidentId":I,"time":ISO-8601, BODY...}
 * </pre>
 *
 * <p>Types: {@code violation.opened|updated|closed} (body {@code violation}), {@code alert.raised}
 * ({@code alert}), {@code alert.acknowledged} ({@code acknowledgement}), {@code operator.action}
 * ({@code action}), {@code bundle.exported} ({@code export}). Thread-safe.
 */
public final class EvidenceEntries {
  private EvidenceEntries() {}

  /** A violation life-cycle event; the incident id is the violation id. */
  public static EvidenceEntry violation(ViolationEvent event) {
    String type = "violation." + event.kind().name().toLowerCase(java.util.Locale.ROOT);
    String incident = event.violation().violationId();
    ObjectNode o = head(type, incident, event.time());
    o.set("violation", EvidenceJson.violation(event.violation()));
    return build(type, incident, event.time(), o);
  }

  /**
   * An alert raised to operators.
   *
   * @param incidentId the violation it concerns, or null (e.g. a sensor-down alert)
   */
  public static EvidenceEntry alert(Alert alert, String incidentId) {
    ObjectNode o = head("alert.raised", incidentId, alert.time());
    o.set("alert", EvidenceJson.alert(alert));
    return build("alert.raised", incidentId, alert.time(), o);
  }

  /** An operator's acknowledgement of an alert. */
  public static EvidenceEntry acknowledgement(Acknowledgement ack, String incidentId) {
    ObjectNode o = head("alert.acknowledged", incidentId, ack.time());
    ObjectNode a = CanonicalJson.object();
    a.put("alertId", ack.alertId());
    a.put("operator", ack.operator());
    a.put("note", ack.note());
    o.set("acknowledgement", a);
    return build("alert.acknowledged", incidentId, ack.time(), o);
  }

  /** Any other operator action worth proving later. */
  public static EvidenceEntry operatorAction(OperatorAction action, String incidentId) {
    ObjectNode o = head("operator.action", incidentId, action.time());
    ObjectNode a = CanonicalJson.object();
    a.put("operator", action.operator());
    a.put("action", action.action());
    a.put("subject", action.subject());
    a.put("detail", action.detail());
    o.set("action", a);
    return build("operator.action", incidentId, action.time(), o);
  }

  /** The record of a bundle export; {@code export} is written by {@link BundleExporter}. */
  static EvidenceEntry export(String incidentId, Instant time, JsonNode export) {
    ObjectNode o = head("bundle.exported", incidentId, time);
    o.set("export", export);
    return build("bundle.exported", incidentId, time, o);
  }

  private static ObjectNode head(String type, String incidentId, Instant time) {
    ObjectNode o = CanonicalJson.object();
    o.put("schema", EvidenceEntry.SCHEMA);
    o.put("type", type);
    EvidenceJson.putText(o, "incidentId", incidentId);
    o.put("time", time.toString());
    return o;
  }

  private static EvidenceEntry build(String type, String incidentId, Instant time, ObjectNode o) {
    return new EvidenceEntry(type, incidentId, time, CanonicalJson.bytes(o));
  }
}
