package org.sargas.server.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.sargas.formats.remoteid.RemoteIdMessage;

/** Writes decoded Remote ID messages as JSON members (schema in docs/formats.md). */
final class RemoteIdJsonWriter {
  private RemoteIdJsonWriter() {}

  private static void num(JsonGenerator g, String name, double v) throws IOException {
    if (!Double.isNaN(v)) {
      g.writeNumberField(name, Math.round(v * 1e7) / 1e7);
    }
  }

  static void write(JsonGenerator g, RemoteIdMessage m) throws IOException {
    g.writeStringField("msgType", m.type().name());
    if (m instanceof RemoteIdMessage.BasicId b) {
      g.writeStringField("idType", b.idType().name());
      g.writeStringField("uaType", b.uaType().name());
      g.writeStringField("uasId", b.uasId());
    } else if (m instanceof RemoteIdMessage.LocationVector l) {
      g.writeStringField("status", l.status().name());
      num(g, "directionDeg", l.directionDeg());
      num(g, "speedMps", l.speedMps());
      num(g, "verticalSpeedMps", l.verticalSpeedMps());
      num(g, "lat", l.latDeg());
      num(g, "lon", l.lonDeg());
      num(g, "pressureAltitudeM", l.pressureAltitudeM());
      num(g, "geodeticAltitudeM", l.geodeticAltitudeM());
      num(g, "heightM", l.heightM());
      g.writeStringField("heightReference", l.heightAboveGround() ? "GROUND" : "TAKEOFF");
      g.writeNumberField("horizontalAccuracy", l.horizontalAccuracy());
      g.writeNumberField("verticalAccuracy", l.verticalAccuracy());
      g.writeNumberField("timestampTenthsSinceHour", l.timestampTenthsSinceHour());
    } else if (m instanceof RemoteIdMessage.Authentication a) {
      g.writeStringField("authType", a.authType().name());
      g.writeNumberField("page", a.page());
      if (a.page() == 0) {
        g.writeNumberField("lastPage", a.lastPage());
        g.writeNumberField("length", a.length());
        g.writeNumberField("timestampS2019", a.timestampS());
      }
      g.writeStringField("data", a.dataHex());
    } else if (m instanceof RemoteIdMessage.SelfId s) {
      g.writeNumberField("descriptionType", s.descriptionType());
      g.writeStringField("description", s.description());
    } else if (m instanceof RemoteIdMessage.SystemInfo s) {
      g.writeNumberField("operatorLocationType", s.operatorLocationType());
      g.writeNumberField("classificationType", s.classificationType());
      num(g, "operatorLat", s.operatorLatDeg());
      num(g, "operatorLon", s.operatorLonDeg());
      g.writeNumberField("areaCount", s.areaCount());
      num(g, "areaRadiusM", s.areaRadiusM());
      num(g, "areaCeilingM", s.areaCeilingM());
      num(g, "areaFloorM", s.areaFloorM());
      g.writeNumberField("uaCategory", s.uaCategory());
      g.writeNumberField("uaClass", s.uaClass());
      num(g, "operatorAltitudeM", s.operatorAltitudeM());
      g.writeNumberField("timestampS2019", s.timestampS());
    } else if (m instanceof RemoteIdMessage.OperatorId o) {
      g.writeNumberField("operatorIdType", o.operatorIdType());
      g.writeStringField("operatorId", o.operatorId());
    }
  }
}
