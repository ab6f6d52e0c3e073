package org.sargas.server.report;

import java.util.Locale;

/** Incident report formats. */
public enum ReportFormat {
  HTML("text/html; charset=utf-8"),
  GEOJSON("application/geo+json"),
  KML("application/vnd.google-earth.kml+xml");

  private final String contentType;

  ReportFormat(String contentType) {
    this.contentType = contentType;
  }

  /** The HTTP content type. */
  public String contentType() {
    return contentType;
  }

  /** Parses {@code html|geojson|kml} (any case), or null. */
  public static ReportFormat parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
