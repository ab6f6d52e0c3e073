package org.sargas.server.output;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.sargas.model.track.StandardIdentity;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.server.config.OutputFilter;

/**
 * An output's track filter: inside the bounding box, inside the polygon (even-odd rule on latitude
 * and longitude, adequate for areas far from the poles and the antimeridian), of one of the classes
 * and of one of the standard identities, each only when configured. Immutable, thread-safe.
 */
public final class TrackFilter implements Predicate<Track> {
  private final double[] bbox;
  private final double[] polyLat;
  private final double[] polyLon;
  private final Set<TargetClass> classes;
  private final Set<StandardIdentity> identities;

  public TrackFilter(OutputFilter f) {
    bbox =
        f.bbox() == null
            ? null
            : new double[] {f.bbox().get(0), f.bbox().get(1), f.bbox().get(2), f.bbox().get(3)};
    if (f.polygon() == null) {
      polyLat = null;
      polyLon = null;
    } else {
      polyLat = new double[f.polygon().size()];
      polyLon = new double[f.polygon().size()];
      for (int k = 0; k < polyLat.length; k++) {
        List<Double> v = f.polygon().get(k);
        polyLat[k] = v.get(0);
        polyLon[k] = v.get(1);
      }
    }
    classes =
        f.classes().isEmpty() ? EnumSet.allOf(TargetClass.class) : EnumSet.copyOf(f.classes());
    identities =
        f.identities().isEmpty()
            ? EnumSet.allOf(StandardIdentity.class)
            : EnumSet.copyOf(f.identities());
  }

  @Override
  public boolean test(Track t) {
    double lat = t.position().latDeg();
    double lon = t.position().lonDeg();
    if (bbox != null && (lat < bbox[0] || lon < bbox[1] || lat > bbox[2] || lon > bbox[3])) {
      return false;
    }
    if (polyLat != null && !insidePolygon(lat, lon)) {
      return false;
    }
    return classes.contains(t.classification().targetClass())
        && identities.contains(t.standardIdentity());
  }

  private boolean insidePolygon(double lat, double lon) {
    boolean inside = false;
    for (int i = 0, j = polyLat.length - 1; i < polyLat.length; j = i++) {
      if ((polyLat[i] > lat) != (polyLat[j] > lat)
          && lon
              < (polyLon[j] - polyLon[i]) * (lat - polyLat[i]) / (polyLat[j] - polyLat[i])
                  + polyLon[i]) {
        inside = !inside;
      }
    }
    return inside;
  }
}
