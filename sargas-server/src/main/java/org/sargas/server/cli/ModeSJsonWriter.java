package org.sargas.server.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.sargas.formats.modes.ModeSFields;
import org.sargas.formats.modes.SbsMessage;

/** Writes decoded Mode S frames and SBS lines as JSON members (schema in docs/formats.md). */
final class ModeSJsonWriter {
  private ModeSJsonWriter() {}

  private static void num(JsonGenerator g, String name, double v) throws IOException {
    if (Double.isNaN(v)) {
      return;
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      g.writeNumberField(name, (long) v);
    } else {
      g.writeNumberField(name, Math.round(v * 1e4) / 1e4);
    }
  }

  private static void code(JsonGenerator g, String name, int v) throws IOException {
    if (v >= 0) {
      g.writeNumberField(name, v);
    }
  }

  static void write(JsonGenerator g, ModeSFields m) throws IOException {
    g.writeNumberField("df", m.df);
    if (m.icao >= 0) {
      g.writeStringField("icao", m.icaoHex());
      if (!m.icaoTrusted) {
        g.writeBooleanField("icaoTrusted", false);
      }
    }
    code(g, "correctedBit", m.correctedBit);
    code(g, "tc", m.typeCode);
    code(g, "subtype", m.subtype);
    code(g, "cf", m.controlField);
    code(g, "category", m.category);
    if (m.callsignLength > 0) {
      g.writeStringField("callsign", m.callsignString());
    }
    num(g, "altitudeFt", m.altitudeFt);
    if (m.altitudeGnss) {
      g.writeBooleanField("altitudeGnss", true);
    }
    if (m.cprFormat >= 0) {
      g.writeNumberField("cprFormat", m.cprFormat);
      if (Double.isNaN(m.latDeg)) {
        g.writeNumberField("cprLat", m.cprLat);
        g.writeNumberField("cprLon", m.cprLon);
      }
      if (m.surface) {
        g.writeBooleanField("surface", true);
      }
    }
    if (!Double.isNaN(m.latDeg)) {
      g.writeNumberField("lat", Math.round(m.latDeg * 1e6) / 1e6);
      g.writeNumberField("lon", Math.round(m.lonDeg * 1e6) / 1e6);
      if (!m.positionGlobal) {
        g.writeBooleanField("cprLocal", true);
      }
    }
    num(g, "groundSpeedKt", m.groundSpeedKt);
    num(g, "trackDeg", m.trackDeg);
    num(g, "airspeedKt", m.airspeedKt);
    if (!Double.isNaN(m.airspeedKt)) {
      g.writeStringField("airspeedType", m.airspeedTrue ? "TAS" : "IAS");
    }
    num(g, "headingDeg", m.headingDeg);
    num(g, "verticalRateFtMin", m.verticalRateFtMin);
    if (!Double.isNaN(m.verticalRateFtMin) && !m.verticalRateBaro) {
      g.writeBooleanField("verticalRateGnss", true);
    }
    if (m.squawk >= 0) {
      g.writeStringField("squawk", String.format("%04o", m.squawk));
    }
    if (m.emergency != null) {
      g.writeStringField("emergency", m.emergency.name());
    }
    num(g, "selectedAltitudeFt", m.selectedAltitudeFt);
    num(g, "baroSettingHpa", m.baroSettingHpa);
    num(g, "selectedHeadingDeg", m.selectedHeadingDeg);
    code(g, "adsbVersion", m.adsbVersion);
    code(g, "nacp", m.nacp);
    code(g, "sil", m.sil);
    code(g, "nicSupplementA", m.nicSupplementA);
  }

  static void write(JsonGenerator g, SbsMessage s) throws IOException {
    g.writeNumberField("msgType", s.transmissionType());
    g.writeStringField("icao", s.icao());
    g.writeStringField("date", s.dateGenerated());
    g.writeStringField("time", s.timeGenerated());
    if (s.callsign() != null) {
      g.writeStringField("callsign", s.callsign());
    }
    num(g, "altitudeFt", s.altitudeFt());
    num(g, "groundSpeedKt", s.groundSpeedKt());
    num(g, "trackDeg", s.trackDeg());
    num(g, "lat", s.latDeg());
    num(g, "lon", s.lonDeg());
    num(g, "verticalRateFtMin", s.verticalRateFtMin());
    if (s.squawk() != null) {
      g.writeStringField("squawk", s.squawk());
    }
    if (s.onGround() != null) {
      g.writeBooleanField("onGround", s.onGround());
    }
  }
}
