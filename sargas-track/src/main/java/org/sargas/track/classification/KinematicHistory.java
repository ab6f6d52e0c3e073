package org.sargas.track.classification;

import org.sargas.model.observation.Identity;

/**
 * The classifier's memory of one track's kinematics: the filter's state at its recent updates, from
 * which it derives robust features, so that one wild update (a mis-associated plot, a filter
 * transient in a turn) does not change what the track looks like.
 *
 * <p>Samples are kept at least {@value #MIN_SPACING_S} s apart (the newest sample always replaces a
 * newer-than-that one), at most {@value #CAPACITY} of them. The <em>window</em> is the samples of
 * the last {@value #WINDOW_S} s, and at least the last {@value #MIN_WINDOW_SAMPLES}. Over it:
 *
 * <ul>
 *   <li>ground speed: the median of the filter's speed estimates, m/s;
 *   <li>climb rate: the least-squares slope of the altitudes once {@value #MIN_WINDOW_SAMPLES} of
 *       them span {@value #CLIMB_MIN_SPAN_S} s, else the altitude filter's latest vertical rate,
 *       m/s (0 when the altitude is unknown);
 *   <li>turn rate: the absolute value of the median signed course change per second between
 *       successive samples both faster than {@value #COURSE_MIN_SPEED_MPS} m/s, °/s, when at least
 *       two thirds of those changes turn the same way, else 0 (NaN with fewer than two such pairs):
 *       high for a target circling one way, 0 for the random courses of a stationary target's noise
 *       or for straight flight;
 *   <li>net speed: the least-squares velocity of the filtered positions, m/s, once the window spans
 *       {@value #NET_SPEED_MIN_SPAN_S} s (NaN before): near 0 for a stationary target whose filter
 *       speed wanders with the measurement noise.
 * </ul>
 *
 * <p>Over the track's life, once the track has {@value #SUSTAINED_AFTER_UPDATES} updates and the
 * window spans {@value #SUSTAINED_MIN_SPAN_S} s: the lowest and highest windowed ground speed, the
 * highest windowed horizontal acceleration (speed × turn rate) and absolute climb rate, and the
 * time spent soaring: climbing faster than {@value #SOARING_CLIMB_MPS} m/s above {@value
 * #SOARING_MIN_ALTITUDE_M} m at most {@value #SOARING_MAX_SPEED_MPS} m/s, either circling (turn
 * rate above {@value #SOARING_TURN_DEG_PER_S} °/s, at least {@value #SOARING_MIN_SPEED_MPS} m/s) or
 * with the positions moving slower than {@value #SOARING_MAX_NET_SPEED_MPS} m/s (circles too tight
 * for the sensor to resolve): a glider in a thermal, or a balloon going up.
 *
 * <p>Mutable; owned by one track. Not thread-safe. About 1 KB once the first sample arrives (times
 * as doubles, the rest as floats: centimetres at 500 km); allocates nothing after that except the
 * {@link TrackFeatures} record.
 */
public final class KinematicHistory {
  /** Samples kept. */
  public static final int CAPACITY = 24;

  /** Least time between two kept samples, s. */
  public static final double MIN_SPACING_S = 3.0;

  /** Span of the window, s. */
  public static final double WINDOW_S = 60.0;

  /** Fewest samples in the window when the history has them. */
  public static final int MIN_WINDOW_SAMPLES = 3;

  /** Span the window needs before the net speed is given, s. */
  public static final double NET_SPEED_MIN_SPAN_S = 30.0;

  /** Speed below which the course is too noisy for a turn rate, m/s. */
  public static final double COURSE_MIN_SPEED_MPS = 15.0;

  /** Share of course changes that must turn the same way for a turn rate. */
  public static final double TURN_CONSISTENCY = 2.0 / 3.0;

  /** Updates a track needs before its windowed speed counts towards the life-long extremes. */
  public static final int SUSTAINED_AFTER_UPDATES = 8;

  /** Span the window needs before its speed counts towards the life-long extremes, s. */
  public static final double SUSTAINED_MIN_SPAN_S = 10.0;

  /** Turn rate of a thermalling glider, at least, °/s. */
  public static final double SOARING_TURN_DEG_PER_S = 6.0;

  /** Climb rate of a thermalling glider, at least, m/s. */
  public static final double SOARING_CLIMB_MPS = 0.5;

  /** Speed range of a thermalling glider, m/s. */
  public static final double SOARING_MIN_SPEED_MPS = 12.0;

  /** Speed range of a thermalling glider, m/s. */
  public static final double SOARING_MAX_SPEED_MPS = 45.0;

  /** Net speed below which a climbing target counts as circling unresolved, m/s. */
  public static final double SOARING_MAX_NET_SPEED_MPS = 12.0;

  /** Lowest altitude of soaring, m. */
  public static final double SOARING_MIN_ALTITUDE_M = 300.0;

  /** Span the altitudes need before their slope is the climb rate, s. */
  public static final double CLIMB_MIN_SPAN_S = 20.0;

  // Per-sample columns of `data`.
  private static final int EAST = 0;
  private static final int NORTH = 1;
  private static final int SPEED = 2;
  private static final int COURSE = 3;
  private static final int ALTITUDE = 4;

  /** Signed course change per second from the previous sample, °/s (NaN: none or too slow). */
  private static final int TURN = 5;

  private static final int FIELDS = 6;

  private double[] timeS;
  private float[] data;
  private float[] scratch;
  private int start;
  private int count;

  private double latestClimbMps = Double.NaN;
  private double groundSpeedMps = Double.NaN;
  private double climbRateMps;
  private double turnRateDegPerS = Double.NaN;
  private double netSpeedMps = Double.NaN;
  private double windowS;
  private double minSustainedSpeedMps = Double.NaN;
  private double maxSustainedSpeedMps = Double.NaN;
  private double maxLateralAccelerationMps2;
  private double maxClimbRateMps;
  private double soaringS;
  private double lastAddS = Double.NaN;

  /**
   * Records the filter's state at an update. A sample older than the newest one is ignored (an
   * out-of-sequence update); one less than {@value #MIN_SPACING_S} s after the sample before the
   * newest replaces the newest. The features are refreshed when a sample is kept (so at most
   * {@value #MIN_SPACING_S} s late, and at a third of the cost for a 1 Hz source).
   *
   * @param atS event time of the state, s (the tracker's time scale)
   * @param eastM region east of the estimate, m
   * @param northM region north of the estimate, m
   * @param velocityEastMps east velocity, m/s
   * @param velocityNorthMps north velocity, m/s
   * @param altitudeM altitude, m (NaN when unknown)
   * @param climbRateMps the altitude filter's vertical rate, m/s (NaN when the altitude is unknown)
   * @param updates detections associated to the track so far
   * @return whether the features were refreshed
   */
  public boolean add(
      double atS,
      double eastM,
      double northM,
      double velocityEastMps,
      double velocityNorthMps,
      double altitudeM,
      double climbRateMps,
      int updates) {
    if (timeS == null) {
      timeS = new double[CAPACITY];
      data = new float[CAPACITY * FIELDS];
      scratch = new float[CAPACITY];
    }
    double speed = Math.hypot(velocityEastMps, velocityNorthMps);
    double course = Math.atan2(velocityEastMps, velocityNorthMps);
    latestClimbMps = climbRateMps;
    if (count == 0) {
      push(atS, eastM, northM, speed, course, altitudeM);
    } else {
      double newest = timeS[slot(count - 1)];
      if (atS < newest) {
        return false;
      }
      boolean keepNewest =
          atS > newest && (count < 2 || newest - timeS[slot(count - 2)] >= MIN_SPACING_S);
      if (keepNewest) {
        push(atS, eastM, northM, speed, course, altitudeM);
      } else {
        set(count - 1, atS, eastM, northM, speed, course, altitudeM);
        if (count >= MIN_WINDOW_SAMPLES) {
          return false;
        }
      }
    }
    refresh(atS, updates);
    return true;
  }

  /**
   * The features of the track now.
   *
   * @param speedSigmaMps 1-σ of the filter's latest speed estimate, m/s
   * @param altitudeM altitude above the ellipsoid now, m (NaN when unknown)
   * @param updates detections associated so far
   * @param identity fused identity
   * @param description what the cooperative sources declare (never null)
   */
  public TrackFeatures features(
      double speedSigmaMps,
      double altitudeM,
      int updates,
      Identity identity,
      AircraftDescription description) {
    return new TrackFeatures(
        groundSpeedMps,
        speedSigmaMps,
        altitudeM,
        climbRateMps,
        updates,
        identity,
        turnRateDegPerS,
        netSpeedMps,
        windowS,
        minSustainedSpeedMps,
        maxSustainedSpeedMps,
        maxLateralAccelerationMps2,
        maxClimbRateMps,
        soaringS,
        description);
  }

  /** Number of samples held. */
  public int size() {
    return count;
  }

  private int slot(int i) {
    int k = start + i;
    return k >= CAPACITY ? k - CAPACITY : k;
  }

  private double at(int i, int field) {
    return data[slot(i) * FIELDS + field];
  }

  private void push(
      double atS, double east, double north, double speed, double course, double altitude) {
    if (count == CAPACITY) {
      start = start + 1 == CAPACITY ? 0 : start + 1;
      count--;
    }
    count++;
    set(count - 1, atS, east, north, speed, course, altitude);
  }

  /** Stores a sample at logical index {@code i} (0 the oldest) and its turn from sample i-1. */
  private void set(
      int i, double atS, double east, double north, double speed, double course, double altitude) {
    int k = slot(i);
    int o = k * FIELDS;
    timeS[k] = atS;
    data[o + EAST] = (float) east;
    data[o + NORTH] = (float) north;
    data[o + SPEED] = (float) speed;
    data[o + COURSE] = (float) course;
    data[o + ALTITUDE] = (float) altitude;
    data[o + TURN] = Float.NaN;
    if (i > 0) {
      double dt = atS - timeS[slot(i - 1)];
      if (dt > 0 && speed > COURSE_MIN_SPEED_MPS && at(i - 1, SPEED) > COURSE_MIN_SPEED_MPS) {
        double d = course - at(i - 1, COURSE);
        if (d > Math.PI) {
          d -= 2 * Math.PI;
        } else if (d < -Math.PI) {
          d += 2 * Math.PI;
        }
        data[o + TURN] = (float) (Math.toDegrees(d) / dt);
      }
    }
  }

  private void refresh(double atS, int updates) {
    double newest = timeS[slot(count - 1)];
    int first = count - 1;
    while (first > 0 && timeS[slot(first - 1)] >= newest - WINDOW_S) {
      first--;
    }
    first = Math.min(first, Math.max(0, count - MIN_WINDOW_SAMPLES));
    int n = count - first;
    windowS = newest - timeS[slot(first)];

    for (int i = 0; i < n; i++) {
      scratch[i] = (float) at(first + i, SPEED);
    }
    groundSpeedMps = median(n);
    climbRateMps = climbRate(first, n);
    turnRateDegPerS = turnRate(first, n);
    netSpeedMps =
        windowS >= NET_SPEED_MIN_SPAN_S && n >= 3 ? leastSquaresSpeed(first, n) : Double.NaN;

    if (updates >= SUSTAINED_AFTER_UPDATES && n >= 3 && windowS >= SUSTAINED_MIN_SPAN_S) {
      minSustainedSpeedMps =
          Double.isNaN(minSustainedSpeedMps)
              ? groundSpeedMps
              : Math.min(minSustainedSpeedMps, groundSpeedMps);
      maxSustainedSpeedMps =
          Double.isNaN(maxSustainedSpeedMps)
              ? groundSpeedMps
              : Math.max(maxSustainedSpeedMps, groundSpeedMps);
      if (!Double.isNaN(turnRateDegPerS)) {
        maxLateralAccelerationMps2 =
            Math.max(maxLateralAccelerationMps2, groundSpeedMps * Math.toRadians(turnRateDegPerS));
      }
      maxClimbRateMps = Math.max(maxClimbRateMps, Math.abs(climbRateMps));
    }

    double altitude = at(count - 1, ALTITUDE);
    boolean circling =
        turnRateDegPerS > SOARING_TURN_DEG_PER_S && groundSpeedMps >= SOARING_MIN_SPEED_MPS;
    boolean unresolved = netSpeedMps < SOARING_MAX_NET_SPEED_MPS;
    boolean soaring =
        windowS >= SUSTAINED_MIN_SPAN_S
            && climbRateMps > SOARING_CLIMB_MPS
            && altitude > SOARING_MIN_ALTITUDE_M
            && groundSpeedMps <= SOARING_MAX_SPEED_MPS
            && (circling || unresolved);
    if (soaring && atS > lastAddS) {
      soaringS += atS - lastAddS;
    }
    lastAddS = Double.isNaN(lastAddS) ? atS : Math.max(lastAddS, atS);
  }

  /** Median signed course change per second, if two thirds turn its way (else 0; NaN if < 2). */
  private double turnRate(int first, int n) {
    int m = 0;
    int left = 0;
    for (int i = 1; i < n; i++) {
      double w = at(first + i, TURN);
      if (!Double.isNaN(w)) {
        scratch[m++] = (float) w;
        left += w < 0 ? 1 : 0;
      }
    }
    if (m < 2) {
      return Double.NaN;
    }
    double rate = median(m);
    int sameWay = rate < 0 ? left : m - left;
    return sameWay >= TURN_CONSISTENCY * m ? Math.abs(rate) : 0.0;
  }

  /** Slope of the known altitudes over the window, else the filter's climb rate, else 0. */
  private double climbRate(int first, int n) {
    int known = 0;
    double t0 = Double.NaN;
    double t1 = Double.NaN;
    double tm = 0;
    double am = 0;
    for (int i = 0; i < n; i++) {
      double a = at(first + i, ALTITUDE);
      if (!Double.isNaN(a)) {
        double t = timeS[slot(first + i)];
        known++;
        t0 = Double.isNaN(t0) ? t : t0;
        t1 = t;
        tm += t;
        am += a;
      }
    }
    if (known >= MIN_WINDOW_SAMPLES && t1 - t0 >= CLIMB_MIN_SPAN_S) {
      tm /= known;
      am /= known;
      double stt = 0;
      double sta = 0;
      for (int i = 0; i < n; i++) {
        double a = at(first + i, ALTITUDE);
        if (!Double.isNaN(a)) {
          double dt = timeS[slot(first + i)] - tm;
          stt += dt * dt;
          sta += dt * (a - am);
        }
      }
      return sta / stt;
    }
    return Double.isNaN(latestClimbMps) ? 0.0 : latestClimbMps;
  }

  private double leastSquaresSpeed(int first, int n) {
    double tm = 0;
    double em = 0;
    double nm = 0;
    for (int i = 0; i < n; i++) {
      tm += timeS[slot(first + i)];
      em += at(first + i, EAST);
      nm += at(first + i, NORTH);
    }
    tm /= n;
    em /= n;
    nm /= n;
    double stt = 0;
    double ste = 0;
    double stn = 0;
    for (int i = 0; i < n; i++) {
      double dt = timeS[slot(first + i)] - tm;
      stt += dt * dt;
      ste += dt * (at(first + i, EAST) - em);
      stn += dt * (at(first + i, NORTH) - nm);
    }
    return stt > 0 ? Math.hypot(ste / stt, stn / stt) : Double.NaN;
  }

  /** Median of {@code scratch[0..n)}, n ≥ 1 (reorders it; linear-time selection). */
  private double median(int n) {
    int h = n / 2;
    double upper = select(n, h);
    if ((n & 1) == 1) {
      return upper;
    }
    double lower = scratch[0];
    for (int i = 1; i < h; i++) {
      lower = Math.max(lower, scratch[i]);
    }
    return 0.5 * (lower + upper);
  }

  /**
   * The {@code k}-th smallest of {@code scratch[0..n)}; afterwards {@code scratch[0..k)} hold the k
   * smaller ones (Hoare's selection).
   */
  private double select(int n, int k) {
    int lo = 0;
    int hi = n - 1;
    while (lo < hi) {
      float pivot = scratch[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (scratch[i] < pivot) {
          i++;
        }
        while (scratch[j] > pivot) {
          j--;
        }
        if (i <= j) {
          float t = scratch[i];
          scratch[i] = scratch[j];
          scratch[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        break;
      }
    }
    return scratch[k];
  }
}
