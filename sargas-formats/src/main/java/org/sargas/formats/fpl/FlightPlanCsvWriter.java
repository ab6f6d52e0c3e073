package org.sargas.formats.fpl;

import java.util.List;
import java.util.Locale;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.plan.FlightPlan;

/** Writes flight plans as the CSV that {@link FlightPlanReader} reads (docs/identity.md). */
public final class FlightPlanCsvWriter {
  /** The CSV header. */
  public static final String HEADER = "callsign,mode3a,departure,destination,eobt,eet,route";

  private FlightPlanCsvWriter() {}

  /** The plans as CSV text, header first; EET in minutes, route points "lat lon" joined by ";". */
  public static String write(List<FlightPlan> plans) {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (FlightPlan p : plans) {
      b.append(p.callsign())
          .append(',')
          .append(p.mode3a() == null ? "" : p.mode3a())
          .append(',')
          .append(p.departure() == null ? "" : p.departure())
          .append(',')
          .append(p.destination() == null ? "" : p.destination())
          .append(',')
          .append(p.offBlock())
          .append(',')
          .append(p.totalElapsed() == null ? "" : Long.toString(p.totalElapsed().toMinutes()))
          .append(',');
      for (int i = 0; i < p.route().size(); i++) {
        GeoPoint g = p.route().get(i);
        b.append(i == 0 ? "" : ";")
            .append(String.format(Locale.ROOT, "%.6f %.6f", g.latDeg(), g.lonDeg()));
      }
      b.append('\n');
    }
    return b.toString();
  }
}
