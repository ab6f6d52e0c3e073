package org.sargas.track.measurement;

import java.util.Map;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.geo.Wgs84;
import org.sargas.model.observation.BearingMeasurement;
import org.sargas.model.observation.GeodeticMeasurement;
import org.sargas.model.observation.Measurement;
import org.sargas.model.observation.Observation;
import org.sargas.model.observation.PlanarMeasurement;
import org.sargas.model.observation.PolarMeasurement;
import org.sargas.model.observation.SystemTrackMeasurement;

/**
 * Converts observations into {@link Detection}s in the tracker's region frame.
 *
 * <ul>
 *   <li>Radar plots (range, azimuth from the sensor site, in the sensor's own tangent plane): the
 *       slant range is projected to a ground distance on the sphere of the site's radius of
 *       curvature along the azimuth, for the report's altitude if it carries one (or the altitude
 *       from range and elevation of a 3-D radar, geometric, without refraction), else an assumed
 *       altitude whose uncertainty is added to the range variance (it can be re-projected later
 *       with the altitude of the track it joins). The position is the debiased converted
 *       measurement of Lerro and Bar-Shalom (1993): the ground distance is divided by {@code
 *       exp(-σaz²/2)}; its covariance is the linearised one, rotated from the sensor's north into
 *       the region frame.
 *   <li>Geodetic positions (ADS-B, Remote ID): through WGS84 into the region frame.
 *   <li>System-track reports (CAT062 from another tracker): position as geodetic, velocity and
 *       covariances turned into the region frame's axes; {@link Detection#systemTrack} set.
 *   <li>Planar positions: already in the region frame (east = x, north = y).
 *   <li>Bearings: rotated from the sensor's north into the region frame's north.
 * </ul>
 *
 * Positions are those of the point on the ellipsoid below the target, so horizontal position and
 * altitude are independent. Not thread-safe (scratch space).
 */
public final class ObservationConverter {
  /** Variance of a reported (Mode C/S, GNSS) altitude: 25 ft quantisation and error, (15 m)². */
  static final double REPORTED_ALTITUDE_VARIANCE_M2 = 15.0 * 15.0;

  private final LocalTangentPlane region;
  private final Map<String, SensorSite> sites;

  /** The last id {@link #siteOf} looked up and its site (null: unregistered). */
  private String lastSensorId;

  private SensorSite lastSite;
  private final double assumedAltitudeM;
  private final double assumedAltitudeSigmaM;
  private final double[] tmp = new double[3];
  private final double[] ground = new double[2];

  /**
   * @param region the tracker's region frame
   * @param sites registered sensors by id
   * @param assumedAltitudeM altitude used for 2-D radar plots without one, m above the ellipsoid
   * @param assumedAltitudeSigmaM 1-σ uncertainty of that assumption, m
   */
  public ObservationConverter(
      LocalTangentPlane region,
      Map<String, SensorSite> sites,
      double assumedAltitudeM,
      double assumedAltitudeSigmaM) {
    this.region = region;
    this.sites = Map.copyOf(sites);
    this.assumedAltitudeM = assumedAltitudeM;
    this.assumedAltitudeSigmaM = assumedAltitudeSigmaM;
  }

  /**
   * Fills {@code out} from {@code o}.
   *
   * @return null on success, else the reason the observation cannot be used
   */
  public String convert(Observation o, double timeS, Detection out) {
    Measurement m = o.measurement();
    SensorSite site = siteOf(o.sensorId());
    out.observation = o;
    out.sensorSlot = site == null ? -1 : site.slot();
    out.timeS = timeS;
    out.identity = o.identity();
    out.used = false;
    out.systemTrack = false;
    out.sourceTrackNumber = -1;
    out.altitudeAssumed = false;
    out.altitudeM = o.altitudeM();
    out.varAltitudeM2 = Double.NaN;
    if (m instanceof PolarMeasurement) {
      PolarMeasurement p = (PolarMeasurement) m;
      if (site == null) {
        return "radar plot from unregistered sensor " + o.sensorId();
      }
      if (!(p.rangeM() > 0)
          || !Double.isFinite(p.azimuthRad())
          || !(p.sigmaRangeM() > 0)
          || !(p.sigmaAzimuthRad() > 0)) {
        return "radar plot with invalid range, azimuth or noise";
      }
      out.kind = DetectionKind.POSITION;
      if (o.hasAltitude()) {
        projectPolar(out, site, p, o.altitudeM(), REPORTED_ALTITUDE_VARIANCE_M2);
      } else if (p.hasElevation() && p.sigmaElevationRad() > 0) {
        // 3-D radar: altitude from slant range and elevation (geometric, no refraction).
        double a = site.radiusAtAzimuthM(p.azimuthRad()) + site.siteAltitudeM();
        double rho = p.rangeM();
        double sinEl = Math.sin(p.elevationRad());
        double b = Math.sqrt(a * a + rho * rho + 2 * a * rho * sinEl);
        double dEl = a * rho * Math.cos(p.elevationRad()) / b;
        double dRho = (rho + a * sinEl) / b;
        double varAlt =
            dEl * dEl * p.sigmaElevationRad() * p.sigmaElevationRad()
                + dRho * dRho * p.sigmaRangeM() * p.sigmaRangeM();
        double altitude = b - site.radiusAtAzimuthM(p.azimuthRad());
        projectPolar(out, site, p, altitude, varAlt);
      } else {
        out.altitudeAssumed = true;
        projectPolar(out, site, p, assumedAltitudeM, assumedAltitudeSigmaM * assumedAltitudeSigmaM);
      }
      return null;
    }
    if (m instanceof GeodeticMeasurement) {
      GeodeticMeasurement g = (GeodeticMeasurement) m;
      GeoPoint pos = g.position();
      if (!(g.sigmaHorizontalM() > 0)) {
        return "geodetic position with invalid accuracy";
      }
      region.toEnu(pos.latDeg(), pos.lonDeg(), 0.0, tmp);
      out.kind = DetectionKind.POSITION;
      out.eastM = tmp[0];
      out.northM = tmp[1];
      double v = g.sigmaHorizontalM() * g.sigmaHorizontalM();
      out.varEastM2 = v;
      out.varNorthM2 = v;
      out.covEastNorthM2 = 0;
      if (Double.isNaN(out.altitudeM) && !Double.isNaN(pos.altitudeM())) {
        out.altitudeM = pos.altitudeM();
      }
      if (!Double.isNaN(out.altitudeM)) {
        double sv = Double.isNaN(g.sigmaVerticalM()) ? 30.0 : g.sigmaVerticalM();
        out.varAltitudeM2 = sv * sv;
      }
      return null;
    }
    if (m instanceof SystemTrackMeasurement) {
      return convertSystemTrack((SystemTrackMeasurement) m, out);
    }
    if (m instanceof PlanarMeasurement) {
      PlanarMeasurement p = (PlanarMeasurement) m;
      if (!Double.isFinite(p.xM())
          || !Double.isFinite(p.yM())
          || !(p.sigmaXM() > 0)
          || !(p.sigmaYM() > 0)) {
        return "planar position with invalid coordinates or noise";
      }
      out.kind = DetectionKind.POSITION;
      out.eastM = p.xM();
      out.northM = p.yM();
      out.varEastM2 = p.sigmaXM() * p.sigmaXM();
      out.varNorthM2 = p.sigmaYM() * p.sigmaYM();
      out.covEastNorthM2 = 0;
      if (!Double.isNaN(out.altitudeM)) {
        out.varAltitudeM2 = 30.0 * 30.0;
      }
      return null;
    }
    BearingMeasurement b = (BearingMeasurement) m;
    if (site == null) {
      return "bearing from unregistered sensor " + o.sensorId();
    }
    if (!Double.isFinite(b.bearingRad()) || !(b.sigmaBearingRad() > 0)) {
      return "bearing with invalid angle or noise";
    }
    out.kind = DetectionKind.BEARING;
    out.sensorEastM = site.siteEastM();
    out.sensorNorthM = site.siteNorthM();
    out.bearingRad = b.bearingRad() + site.northRotationRad();
    out.varBearingRad2 = b.sigmaBearingRad() * b.sigmaBearingRad();
    return null;
  }

  /**
   * Another tracker's track report: position through WGS84 into the region frame; position and
   * velocity (east/north at the report's position) carried into the region frame's axes by the
   * Jacobian of that mapping at the position (the axes turn by the meridian convergence, a few
   * degrees across a region), covariances with it.
   */
  private String convertSystemTrack(SystemTrackMeasurement t, Detection out) {
    GeoPoint pos = t.position();
    if (!(t.sigmaEastM() > 0) || !(t.sigmaNorthM() > 0)) {
      return "system track with invalid position accuracy";
    }
    boolean velocity = t.hasVelocity();
    if (velocity && (!(t.sigmaVelocityEastMps() > 0) || !(t.sigmaVelocityNorthMps() > 0))) {
      return "system track with invalid velocity accuracy";
    }
    double lat = pos.latDeg();
    double lon = pos.lonDeg();
    region.toEnu(lat, lon, 0.0, tmp);
    double e0 = tmp[0];
    double n0 = tmp[1];
    // Columns of the Jacobian: 1 m local east and 1 m local north, by 100 m differences.
    double sinLat = Math.sin(Math.toRadians(lat));
    double w = Math.sqrt(1 - Wgs84.E2 * sinLat * sinLat);
    double normalRadiusM = Wgs84.A_M / w;
    double meridianRadiusM = Wgs84.A_M * (1 - Wgs84.E2) / (w * w * w);
    double stepM = 100.0;
    region.toEnu(
        lat,
        lon + Math.toDegrees(stepM / (normalRadiusM * Math.cos(Math.toRadians(lat)))),
        0.0,
        tmp);
    double jee = (tmp[0] - e0) / stepM;
    double jne = (tmp[1] - n0) / stepM;
    region.toEnu(lat + Math.toDegrees(stepM / meridianRadiusM), lon, 0.0, tmp);
    double jen = (tmp[0] - e0) / stepM;
    double jnn = (tmp[1] - n0) / stepM;
    out.eastM = e0;
    out.northM = n0;
    double see = t.sigmaEastM() * t.sigmaEastM();
    double snn = t.sigmaNorthM() * t.sigmaNorthM();
    double sen = t.covarianceEastNorthM2();
    out.varEastM2 = jee * jee * see + 2 * jee * jen * sen + jen * jen * snn;
    out.varNorthM2 = jne * jne * see + 2 * jne * jnn * sen + jnn * jnn * snn;
    out.covEastNorthM2 = jee * jne * see + (jee * jnn + jen * jne) * sen + jen * jnn * snn;
    if (velocity) {
      double ve = t.velocityEastMps();
      double vn = t.velocityNorthMps();
      double vee = t.sigmaVelocityEastMps() * t.sigmaVelocityEastMps();
      double vnn = t.sigmaVelocityNorthMps() * t.sigmaVelocityNorthMps();
      out.velocityEastMps = jee * ve + jen * vn;
      out.velocityNorthMps = jne * ve + jnn * vn;
      out.varVelocityEastMps2 = jee * jee * vee + jen * jen * vnn;
      out.varVelocityNorthMps2 = jne * jne * vee + jnn * jnn * vnn;
      out.covVelocityEastNorthMps2 = jee * jne * vee + jen * jnn * vnn;
    }
    out.kind = velocity ? DetectionKind.POSITION_VELOCITY : DetectionKind.POSITION;
    out.systemTrack = true;
    out.sourceTrackNumber = t.sourceTrackNumber();
    if (!Double.isNaN(out.altitudeM)) {
      double sv = Double.isNaN(t.sigmaVerticalM()) ? 30.0 : t.sigmaVerticalM();
      out.varAltitudeM2 = sv * sv;
    }
    return null;
  }

  /**
   * Re-projects a 2-D radar plot converted with an assumed altitude, now that the altitude of the
   * track it joins is known. No effect on other detections.
   */
  public void reproject(Detection d, double altitudeM, double varAltitudeM2) {
    if (!d.altitudeAssumed || d.kind != DetectionKind.POSITION) {
      return;
    }
    PolarMeasurement p = (PolarMeasurement) d.observation.measurement();
    SensorSite site = sites.get(d.observation.sensorId());
    projectPolar(d, site, p, altitudeM, varAltitudeM2);
  }

  private void projectPolar(
      Detection out, SensorSite site, PolarMeasurement p, double altitudeM, double varAltitudeM2) {
    double az = p.azimuthRad();
    double radius = site.radiusAtAzimuthM(az);
    double hs = site.siteAltitudeM();
    double rho = p.rangeM();
    double lambda = Math.exp(-0.5 * p.sigmaAzimuthRad() * p.sigmaAzimuthRad());
    groundDistance(rho, radius, hs, altitudeM, ground);
    double dh = ground[0] / lambda;
    double up = ground[1];
    double sinAz = Math.sin(az);
    double cosAz = Math.cos(az);
    site.plane().toGeo(dh * sinAz, dh * cosAz, up, tmp);
    region.toEnu(tmp[0], tmp[1], 0.0, tmp);
    out.eastM = tmp[0];
    out.northM = tmp[1];
    // Linearised covariance: radial (range and altitude terms), cross-range (azimuth).
    double step = 1.0;
    groundDistance(rho + step, radius, hs, altitudeM, ground);
    double dRange = (ground[0] / lambda - dh) / step;
    // Altitude term by central difference over ±1σ: the ground distance is far from linear in
    // altitude when the altitude is only assumed.
    double sigmaAlt = Math.sqrt(varAltitudeM2);
    double varAltTerm = 0;
    if (sigmaAlt > 0) {
      groundDistance(rho, radius, hs, altitudeM + sigmaAlt, ground);
      double hi = ground[0];
      groundDistance(rho, radius, hs, Math.max(0.0, altitudeM - sigmaAlt), ground);
      double half = 0.5 * (ground[0] - hi) / lambda;
      varAltTerm = half * half;
    }
    double varRadial = dRange * dRange * p.sigmaRangeM() * p.sigmaRangeM() + varAltTerm;
    double varCross = dh * dh * p.sigmaAzimuthRad() * p.sigmaAzimuthRad();
    double beta = az + site.northRotationRad();
    double ue = Math.sin(beta);
    double un = Math.cos(beta);
    out.varEastM2 = varRadial * ue * ue + varCross * un * un;
    out.varNorthM2 = varRadial * un * un + varCross * ue * ue;
    out.covEastNorthM2 = (varRadial - varCross) * ue * un;
    out.altitudeM = altitudeM;
    out.varAltitudeM2 = varAltitudeM2;
  }

  /**
   * Ground geometry of a slant range on a sphere of {@code radiusM}: {@code out[0]} horizontal
   * distance in the sensor's tangent plane, {@code out[1]} up component there, for a target at
   * {@code altitudeM} seen from an antenna at {@code siteAltitudeM}.
   */
  static void groundDistance(
      double rangeM, double radiusM, double siteAltitudeM, double altitudeM, double[] out) {
    double a = radiusM + siteAltitudeM;
    double b = radiusM + altitudeM;
    // Half-angle form keeps precision at short ranges: sin²(θ/2) = (ρ² - (b - a)²) / (4ab).
    double s2 = (rangeM * rangeM - (b - a) * (b - a)) / (4 * a * b);
    if (s2 < 0) {
      s2 = 0;
    } else if (s2 > 1) {
      s2 = 1;
    }
    double sinTheta = 2 * Math.sqrt(s2 * (1 - s2));
    double cosTheta = 1 - 2 * s2;
    out[0] = b * sinTheta;
    out[1] = b * cosTheta - a;
  }

  /** The registered site of {@code sensorId}, or null (consecutive observations share an id). */
  private SensorSite siteOf(String sensorId) {
    if (sensorId != lastSensorId && !sensorId.equals(lastSensorId)) {
      lastSite = sites.get(sensorId);
      lastSensorId = sensorId;
    }
    return lastSite;
  }
}
