package org.sargas.store.evidence;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Base64;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.Violation;
import org.sargas.model.frame.RawFrame;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.Track;

/**
 * JSON trees of the model records that go into evidence, field names as the records' components,
 * times as ISO-8601 UTC strings, unknown values (null, NaN) as JSON null. Serialise with {@link
 * CanonicalJson#bytes}. Thread-safe.
 */
public final class EvidenceJson {
  private EvidenceJson() {}

  /** A position: latDeg, lonDeg, altitudeM. */
  public static ObjectNode point(GeoPoint p) {
    ObjectNode o = CanonicalJson.object();
    o.put("latDeg", p.latDeg());
    o.put("lonDeg", p.lonDeg());
    putDouble(o, "altitudeM", p.altitudeM());
    return o;
  }

  /** Every component of a violation. */
  public static ObjectNode violation(Violation v) {
    ObjectNode o = CanonicalJson.object();
    o.put("violationId", v.violationId());
    o.put("trackId", v.trackId());
    o.put("zoneId", v.zoneId());
    putText(o, "zoneKind", v.zoneKind() == null ? null : v.zoneKind().name());
    putTime(o, "entryTime", v.entryTime());
    o.set("entryPoint", point(v.entryPoint()));
    putTime(o, "exitTime", v.exitTime());
    putPoint(o, "exitPoint", v.exitPoint());
    putDouble(o, "maxDepthM", v.maxDepthM());
    putTime(o, "maxDepthTime", v.maxDepthTime());
    putPoint(o, "maxDepthPoint", v.maxDepthPoint());
    putDouble(o, "maxDepthLow95M", v.maxDepthLow95M());
    putDouble(o, "maxDepthHigh95M", v.maxDepthHigh95M());
    putText(o, "originCountry", v.originCountry());
    putText(o, "exitCountry", v.exitCountry());
    putDouble(o, "probability", v.probability());
    putText(o, "status", v.status() == null ? null : v.status().name());
    if (v.uncorroborated()) {
      // only then, so entries of corroborated violations keep their shape (and hashes)
      putText(o, "corroboration", v.corroboration().name());
    }
    return o;
  }

  /** Every component of an alert. */
  public static ObjectNode alert(Alert a) {
    ObjectNode o = CanonicalJson.object();
    o.put("alertId", a.alertId());
    o.put("kind", a.kind().name());
    o.put("severity", a.severity().name());
    putTime(o, "time", a.time());
    putText(o, "trackId", a.trackId());
    putText(o, "zoneId", a.zoneId());
    putText(o, "message", a.message());
    if (a.predictedEntryTime() != null) {
      // Early warnings only, so the entries of other alerts keep their shape and hashes.
      putTime(o, "predictedEntryTime", a.predictedEntryTime());
      putDouble(o, "leadTimeS", a.leadTimeS());
      if (a.predictedEntryPoint() != null) {
        o.set("predictedEntryPoint", point(a.predictedEntryPoint()));
      }
    }
    return o;
  }

  /** Every component of a track estimate, identity and classification flattened in. */
  public static ObjectNode track(Track t) {
    ObjectNode o = CanonicalJson.object();
    o.put("trackId", t.trackId());
    putTime(o, "time", t.time());
    o.set("position", point(t.position()));
    putDouble(o, "velocityEastMps", t.velocityEastMps());
    putDouble(o, "velocityNorthMps", t.velocityNorthMps());
    putDouble(o, "velocityUpMps", t.velocityUpMps());
    putDouble(o, "varEastM2", t.varEastM2());
    putDouble(o, "varNorthM2", t.varNorthM2());
    putDouble(o, "covEastNorthM2", t.covEastNorthM2());
    o.put("state", t.state().name());
    Identity id = t.identity();
    putText(o, "icaoAddress", id.icaoAddress());
    putText(o, "callsign", id.callsign());
    putText(o, "mode3a", id.mode3a());
    putText(o, "remoteIdSerial", id.remoteIdSerial());
    putPoint(o, "operatorPosition", id.operatorPosition());
    o.put("targetClass", t.classification().targetClass().name());
    putDouble(o, "classConfidence", t.classification().confidence());
    putText(o, "classReason", t.classification().reason());
    o.put("updates", t.updates());
    return o;
  }

  /** A raw frame: sourceId, receiveTime, format, payload (base64). */
  public static ObjectNode frame(RawFrame f) {
    ObjectNode o = CanonicalJson.object();
    o.put("sourceId", f.sourceId());
    putTime(o, "receiveTime", f.receiveTime());
    o.put("format", f.format().name());
    o.put("payload", Base64.getEncoder().encodeToString(f.payload()));
    return o;
  }

  static void putText(ObjectNode o, String name, String value) {
    if (value == null) {
      o.putNull(name);
    } else {
      o.put(name, value);
    }
  }

  static void putTime(ObjectNode o, String name, Instant value) {
    putText(o, name, value == null ? null : value.toString());
  }

  static void putDouble(ObjectNode o, String name, double value) {
    if (Double.isFinite(value)) {
      o.put(name, value);
    } else {
      o.putNull(name);
    }
  }

  static void putPoint(ObjectNode o, String name, GeoPoint p) {
    if (p == null) {
      o.putNull(name);
    } else {
      o.set(name, point(p));
    }
  }
}
