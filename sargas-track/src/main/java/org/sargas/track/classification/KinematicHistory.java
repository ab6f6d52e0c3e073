package org.sargas.track.classification;

import java.util.Arrays;
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
 *       them span {@value #CLIMB_MIN_SPAN_S} s, else the median of the altitude filter's vertical
 *       rates, m/s (0 when the altitude is unknown);
 *   <li>turn rate: the absolute value of the median signed course change per second between
 *       successive samples both faster than {@value #COURSE_MIN_SPEED_MPS} m/s, °/s (NaN with fewer
 *       than two such pairs): high for a target circling one way, near 0 for the random courses of
 *       a stationary target's noise;
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
 * <p>Mutable; owned by one track. Not thread-safe. Allocates nothing after construction except the
 * {@link TrackFeatures} record.
 */
public final class KinematicHistory {
  /** Samples kept. */
  public static final int CAPACITY = 32;

  /** Least time between two kept samples, s. */
  public static final double MIN_SPACING_S = 2.0;

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

  private final double[] timeS = new double[CAPACITY];
  private final double[] eastM = new double[CAPACITY];
  private final double[] northM = new double[CAPACITY];
  private final double[] speedMps = new double[CAPACITY];
  private final double[] courseRad = new double[CAPACITY];
  private final double[] climbMps = new double[CAPACITY];
  private final double[] altitudeM = new double[CAPACITY];
  private final double[] scratch = new double[CAPACITY];
  private int start;
  private int count;

  private double groundSpeedMps = Double.NaN;
  private double climbRateMps;
  private double turnRateDegPerS = Double.NaN;
  private double netSpeedMps = Double.NaN;
  private double windowS;
  private double minSustainedSpeedMps = Double.NaN;
  private double maxSustainedSpeedMps = Double.NaN;
  private double soaringS;
  private double maxLateralAccelerationMps2;
  private double maxClimbRateMps;
  private double lastAddS = Double.NaN;

  /**
   * Records the filter's state at an update and refreshes the features. A sample older than the
   * newest one is ignored (an out-of-sequence update); one at the same time replaces it.
   *
   * @param atS event time of the state, s (the tracker's time scale)
   * @param eastM region east of the estimate, m
   * @param northM region north of the estimate, m
   * @param velocityEastMps east velocity, m/s
   * @param velocityNorthMps north velocity, m/s
   * @param altitudeM altitude, m (NaN when unknown)
   * @param climbRateMps the altitude filter's vertical rate, m/s (NaN when the altitude is unknown)
   * @param updates detections associated to the track so far
   */
  public void add(
      double atS,
      double eastM,
      double northM,
      double velocityEastMps,
      double velocityNorthMps,
      double altitudeM,
      double climbRateMps,
      int updates) {
    double speed = Math.hypot(velocityEastMps, velocityNorthMps);
    double course = Math.atan2(velocityEastMps, velocityNorthMps);
    if (count == 0) {
      push(atS, eastM, northM, speed, course, altitudeM, climbRateMps);
    } else {
      double newest = timeS[slot(count - 1)];
      if (atS < newest) {
        return;
      }
      boolean keepNewest =
          atS > newest && (count < 2 || newest - timeS[slot(count - 2)] >= MIN_SPACING_S);
      if (keepNewest) {
        push(atS, eastM, northM, speed, course, altitudeM, climbRateMps);
      } else {
        set(slot(count - 1), atS, eastM, northM, speed, course, altitudeM, climbRateMps);
      }
    }
    refresh(atS, updates);
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
    return (start + i) % CAPACITY;
  }

  private void push(
      double atS,
      double east,
      double north,
      double speed,
      double course,
      double altitude,
      double climb) {
    if (count == CAPACITY) {
      start = (start + 1) % CAPACITY;
      count--;
    }
    set(slot(count), atS, east, north, speed, course, altitude, climb);
    count++;
  }

  private void set(
      int k,
      double atS,
      double east,
      double north,
      double speed,
      double course,
      double altitude,
      double climb) {
    timeS[k] = atS;
    eastM[k] = east;
    northM[k] = north;
    speedMps[k] = speed;
    courseRad[k] = course;
    altitudeM[k] = altitude;
    climbMps[k] = climb;
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
      scratch[i] = speedMps[slot(first + i)];
    }
    groundSpeedMps = median(n);

    climbRateMps = climbRate(first, n);

    int m = 0;
    for (int i = 1; i < n; i++) {
      int a = slot(first + i - 1);
      int b = slot(first + i);
      double dt = timeS[b] - timeS[a];
      if (dt > 0 && speedMps[a] > COURSE_MIN_SPEED_MPS && speedMps[b] > COURSE_MIN_SPEED_MPS) {
        double d = courseRad[b] - courseRad[a];
        d = Math.atan2(Math.sin(d), Math.cos(d));
        scratch[m++] = Math.toDegrees(d) / dt;
      }
    }
    if (m >= 2) {
      int pairs = m;
      int left = 0;
      for (int i = 0; i < pairs; i++) {
        left += scratch[i] < 0 ? 1 : 0;
      }
      double rate = median(pairs);
      int sameWay = rate < 0 ? left : pairs - left;
      turnRateDegPerS = sameWay >= TURN_CONSISTENCY * pairs ? Math.abs(rate) : 0.0;
    } else {
      turnRateDegPerS = Double.NaN;
    }

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

    double altitude = altitudeM[slot(count - 1)];
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

  /** Slope of the known altitudes over the window, else the median filter climb rate, else 0. */
  private double climbRate(int first, int n) {
    int known = 0;
    double t0 = Double.NaN;
    double t1 = Double.NaN;
    double tm = 0;
    double am = 0;
    for (int i = 0; i < n; i++) {
      int k = slot(first + i);
      if (!Double.isNaN(altitudeM[k])) {
        known++;
        t0 = Double.isNaN(t0) ? timeS[k] : t0;
        t1 = timeS[k];
        tm += timeS[k];
        am += altitudeM[k];
      }
    }
    if (known >= MIN_WINDOW_SAMPLES && t1 - t0 >= CLIMB_MIN_SPAN_S) {
      tm /= known;
      am /= known;
      double stt = 0;
      double sta = 0;
      for (int i = 0; i < n; i++) {
        int k = slot(first + i);
        if (!Double.isNaN(altitudeM[k])) {
          double dt = timeS[k] - tm;
          stt += dt * dt;
          sta += dt * (altitudeM[k] - am);
        }
      }
      return sta / stt;
    }
    int m = 0;
    for (int i = 0; i < n; i++) {
      double c = climbMps[slot(first + i)];
      if (!Double.isNaN(c)) {
        scratch[m++] = c;
      }
    }
    return m == 0 ? 0.0 : median(m);
  }

  /** Median of {@code scratch[0..n)} (reorders it). */
  private double median(int n) {
    Arrays.sort(scratch, 0, n);
    return (n & 1) == 1 ? scratch[n / 2] : 0.5 * (scratch[n / 2 - 1] + scratch[n / 2]);
  }

  private double leastSquaresSpeed(int first, int n) {
    double tm = 0;
    double em = 0;
    double nm = 0;
    for (int i = 0; i < n; i++) {
      int k = slot(first + i);
      tm += timeS[k];
      em += eastM[k];
      nm += northM[k];
    }
    tm /= n;
    em /= n;
    nm /= n;
    double stt = 0;
    double ste = 0;
    double stn = 0;
    for (int i = 0; i < n; i++) {
      int k = slot(first + i);
      double dt = timeS[k] - tm;
      stt += dt * dt;
      ste += dt * (eastM[k] - em);
      stn += dt * (northM[k] - nm);
    }
    return stt > 0 ? Math.hypot(ste / stt, stn / stt) : Double.NaN;
  }
}
