package org.sargas.pipeline.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sargas.model.airspace.Warning;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.IdentityAssessment;
import org.sargas.model.track.StandardIdentity;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;

/**
 * The identity stage: gives every track update a STANAG 1241 standard identity by the {@link
 * IdentificationCriteria} (first rule that holds decides), with the reasons, unless an operator has
 * set it by hand. A tentative track is {@code PENDING}. Per-track facts that need history (where it
 * was first seen, whether it loiters, whether an early warning named it) are kept here.
 *
 * <p>Not thread-safe except for {@link #override}, {@link #release} and {@link #useFlightPlans},
 * which a runtime may call from another thread; they take effect on the next scan.
 */
public final class IdentityStage {
  private static final Set<String> NON_DISCRETE =
      Set.of("0000", "1200", "2000", "7000", "7500", "7600", "7700", "7777");
  private static final double SAMPLE_EVERY_S = 10;
  private static final double SLOW_MPS = 3;

  /**
   * A track whose identity, class, early-warning state and flight plans have not changed keeps its
   * assessment for this long (position-dependent criteria: route corridors, loitering), s: no
   * per-update allocation of reasons for thousands of tracks.
   */
  private static final long REASSESS_NANOS = 5_000_000_000L;

  private final IdentificationCriteria criteria;
  private final CountryLocator countries;
  private volatile FlightPlanBook plans = FlightPlanBook.EMPTY;
  private final Map<String, Facts> facts = new HashMap<>();
  private final Map<String, IdentityAssessment> overrides = new ConcurrentHashMap<>();

  public IdentityStage(IdentificationCriteria criteria, CountryLocator countries) {
    this.criteria = criteria;
    this.countries = countries;
  }

  /** The criteria in force. */
  public IdentificationCriteria criteria() {
    return criteria;
  }

  /** Swaps in another set of flight plans (a reloaded plan file). */
  public void useFlightPlans(FlightPlanBook book) {
    this.plans = book == null ? FlightPlanBook.EMPTY : book;
  }

  /** The flight plans in force. */
  public FlightPlanBook flightPlans() {
    return plans;
  }

  /**
   * An operator sets a track's identity; the criteria are suspended for it until {@link #release}.
   */
  public IdentityAssessment override(
      String trackId, StandardIdentity identity, String reason, String actor, Instant at) {
    IdentityAssessment a =
        new IdentityAssessment(identity, List.of("operator " + actor + ": " + reason), actor, at);
    overrides.put(trackId, a);
    return a;
  }

  /** The operator releases a track: the criteria decide again. Whether one was set. */
  public boolean release(String trackId) {
    return overrides.remove(trackId) != null;
  }

  /** The operator's identity for a track, or null. */
  public IdentityAssessment overrideOf(String trackId) {
    return overrides.get(trackId);
  }

  /** One scan's tracks with their identities, in the same order. */
  public List<Track> assess(List<Track> tracks) {
    List<Track> out = new ArrayList<>(tracks.size());
    for (Track t : tracks) {
      out.add(t.withAssessment(assess(t)));
    }
    return out;
  }

  /** Notes the early warnings of a scan (the approach criterion reads them on later scans). */
  public void noteWarnings(List<Warning> warnings) {
    for (Warning w : warnings) {
      Facts f = facts.get(w.trackId());
      if (f != null) {
        f.warned = true;
      }
    }
  }

  /**
   * Whether a track is cleared traffic: its identity was decided by a flight plan or a diplomatic
   * clearance (not by an operator). Its entries into protected airspace are crossings.
   */
  public boolean cleared(String trackId) {
    Facts f = facts.get(trackId);
    return f != null
        && !overrides.containsKey(trackId)
        && (f.decidedBy == IdentificationCriterion.FLIGHT_PLAN
            || f.decidedBy == IdentificationCriterion.SOURCE_FLIGHT_PLAN
            || f.decidedBy == IdentificationCriterion.DIPLOMATIC_CLEARANCE);
  }

  /** What cleared a track ("filed flight plan: RYR1234 EVRA→EPWA"), or null. */
  public String clearance(String trackId) {
    Facts f = facts.get(trackId);
    return cleared(trackId) && f.last != null && !f.last.reasons().isEmpty()
        ? f.last.reasons().get(0)
        : null;
  }

  /** The identity of one track update. */
  public IdentityAssessment assess(Track t) {
    if (t.state() == TrackState.DROPPED) {
      Facts gone = facts.remove(t.trackId());
      IdentityAssessment o = overrides.remove(t.trackId());
      return o != null ? o : gone != null && gone.last != null ? gone.last : t.assessment();
    }
    Facts f = facts.computeIfAbsent(t.trackId(), k -> new Facts());
    f.observe(t, countries);
    IdentityAssessment o = overrides.get(t.trackId());
    if (o != null) {
      return o;
    }
    if (t.state() == TrackState.TENTATIVE) {
      return IdentityAssessment.PENDING;
    }
    if (f.unchanged(t, plans)) {
      return f.last; // same identity, class, plans and warnings, assessed less than 5 s ago
    }
    f.remember(t, plans);
    List<String> context = new ArrayList<>(4);
    for (IdentificationRule r : criteria.rules()) {
      String detail = test(r, t, f, context);
      if (detail != null) {
        List<String> reasons = new ArrayList<>(1 + context.size() + 2);
        reasons.add(r.name() + ": " + detail);
        reasons.addAll(context);
        String coop = cooperation(t.identity());
        if (!detail.contains(coop)) {
          reasons.add(coop);
        }
        if (f.origin != null && !detail.contains("over " + f.origin)) {
          reasons.add("first seen over " + f.origin);
        }
        f.decidedBy = r.criterion();
        f.last = IdentityAssessment.automatic(r.identity(), reasons);
        return f.last;
      }
    }
    f.decidedBy = null;
    List<String> reasons = new ArrayList<>(context);
    reasons.add(0, "no identification criterion applies");
    reasons.add(cooperation(t.identity()));
    f.last = IdentityAssessment.automatic(StandardIdentity.UNKNOWN, reasons);
    return f.last;
  }

  /** Why rule {@code r} holds for the track, or null if it does not. */
  private String test(IdentificationRule r, Track t, Facts f, List<String> context) {
    Identity id = t.identity();
    TargetClass cls = t.classification().targetClass();
    boolean transponder = id.mode3a() != null || id.icaoAddress() != null;
    switch (r.criterion()) {
      case FRIENDLY_AIRCRAFT:
        if (id.icaoAddress() != null && criteria.friendlyAircraft().contains(id.icaoAddress())) {
          return "address " + id.icaoAddress() + " on the friendly list";
        }
        if (id.callsign() != null
            && criteria.friendlyAircraft().contains(id.callsign().toUpperCase(Locale.ROOT))) {
          return "callsign " + id.callsign() + " on the friendly list";
        }
        return null;
      case FRIENDLY_DRONE:
        return id.remoteIdSerial() != null
                && criteria.friendlyDrones().contains(id.remoteIdSerial())
            ? "Remote ID "
                + id.remoteIdSerial()
                + " on the allow-list (broadcast, not authenticated)"
            : null;
      case EMERGENCY_SQUAWK:
        return id.mode3a() != null && r.values().contains(id.mode3a())
            ? "squawk " + id.mode3a()
            : null;
      case DIPLOMATIC_CLEARANCE:
        return clearanceOf(t);
      case FLIGHT_PLAN:
        {
          PlanCorrelation pc = plans.correlate(id, t.position(), t.time(), criteria);
          if (pc == null) {
            return null;
          }
          if (!pc.onRoute()) {
            context.add(
                String.format(
                    Locale.ROOT,
                    "flight plan %s correlated by %s but %.0f km off its route",
                    pc.plan().describe(),
                    pc.matchedBy(),
                    pc.offRouteM() / 1000));
            return null;
          }
          return pc.plan().describe()
              + " by "
              + pc.matchedBy()
              + (Double.isNaN(pc.offRouteM())
                  ? " (route not checked: no coordinates)"
                  : String.format(Locale.ROOT, ", %.1f km from its route", pc.offRouteM() / 1000));
        }
      case SOURCE_FLIGHT_PLAN:
        return SourceFlightPlan.describe(id);
      case ORIGIN_NONCOOPERATIVE:
        return !transponder
                && id.remoteIdSerial() == null
                && f.origin != null
                && r.values().contains(f.origin)
            ? "first seen over " + f.origin + ", no transponder"
            : null;
      case ORIGIN:
        // First seen over no country (international waters): no origin to hold against it.
        return f.origin != null && r.values().contains(f.origin)
            ? "first seen over " + f.origin
            : null;
      case MILITARY_NONCOOPERATIVE:
        return military(cls) && !transponder ? cls + ", no transponder" : null;
      case STATE_AIRCRAFT_WITHOUT_CLEARANCE:
        return military(cls) && transponder ? cls + " replying without clearance" : null;
      case ATTACK_DRONE:
        return cls == TargetClass.LOITERING_MUNITION ? "classed " + cls : null;
      case UNIDENTIFIED_DRONE:
        return cls.isDrone() && id.remoteIdSerial() == null ? cls + ", no Remote ID" : null;
      case APPROACHING_PROTECTED_ZONE:
        return f.warned && !transponder && id.remoteIdSerial() == null
            ? "predicted to enter protected airspace"
            : null;
      case LOITERING:
        return !transponder && id.remoteIdSerial() == null && f.loitering(criteria)
            ? "stayed within "
                + Math.round(criteria.loiterRadiusM() / 1000)
                + " km while circling or hovering"
            : null;
      case COOPERATIVE_CIVIL:
        return cooperativeCivil(t) ? "civil kinematics, " + cooperation(id) : null;
      default:
        return null;
    }
  }

  private String clearanceOf(Track t) {
    Identity id = t.identity();
    for (DiplomaticClearance c : criteria.clearances()) {
      boolean who =
          (c.callsign() != null
                  && id.callsign() != null
                  && c.callsign().equals(id.callsign().toUpperCase(Locale.ROOT)))
              || (c.icaoAddress() != null && c.icaoAddress().equals(id.icaoAddress()));
      if (!who || t.time().isBefore(c.validFrom()) || t.time().isAfter(c.validTo())) {
        continue;
      }
      if (c.route().size() >= 2
          && RouteCorridor.distanceM(t.position(), c.route()) > c.corridorM()) {
        continue;
      }
      return "clearance "
          + c.clearanceId()
          + (c.registration() == null ? "" : " (" + c.registration() + ")");
    }
    return null;
  }

  private static boolean military(TargetClass c) {
    return c == TargetClass.FAST_JET || c == TargetClass.LARGE_AIRCRAFT;
  }

  /**
   * Cooperative civil traffic: a discrete Mode 3/A code or a Mode S address with callsign, an
   * altitude, and a class that is neither military nor uncrewed.
   */
  public static boolean cooperativeCivil(Track t) {
    Identity id = t.identity();
    boolean discrete = id.mode3a() != null && !NON_DISCRETE.contains(id.mode3a());
    boolean modeS = id.icaoAddress() != null && id.callsign() != null;
    TargetClass c = t.classification().targetClass();
    return (discrete || modeS)
        && !Double.isNaN(t.position().altitudeM())
        && !military(c)
        && !c.isDrone();
  }

  private static String cooperation(Identity id) {
    if (id.mode3a() == null && id.icaoAddress() == null && id.callsign() == null) {
      return id.remoteIdSerial() != null ? "Remote ID " + id.remoteIdSerial() : "no transponder";
    }
    StringBuilder b = new StringBuilder();
    if (id.mode3a() != null) {
      b.append("squawk ").append(id.mode3a());
    }
    if (id.callsign() != null) {
      b.append(b.length() > 0 ? ", " : "").append("callsign ").append(id.callsign());
    }
    if (id.icaoAddress() != null) {
      b.append(b.length() > 0 ? ", " : "").append("address ").append(id.icaoAddress());
    }
    return b.toString();
  }

  /** Per-track history the criteria need. */
  private static final class Facts {
    String origin;
    boolean located;
    boolean warned;
    IdentificationCriterion decidedBy;
    IdentityAssessment last;
    // what the last assessment was made from
    Identity lastIdentity;
    org.sargas.model.track.TargetClass lastClass;
    FlightPlanBook lastBook;
    boolean lastWarned;
    long lastNanos;

    boolean unchanged(Track t, FlightPlanBook book) {
      return last != null
          && lastBook == book
          && lastWarned == warned
          && lastClass == t.classification().targetClass()
          && t.identity().equals(lastIdentity)
          && nanos(t) - lastNanos < REASSESS_NANOS;
    }

    void remember(Track t, FlightPlanBook book) {
      lastIdentity = t.identity();
      lastClass = t.classification().targetClass();
      lastBook = book;
      lastWarned = warned;
      lastNanos = nanos(t);
    }

    private static long nanos(Track t) {
      return t.time().getEpochSecond() * 1_000_000_000L + t.time().getNano();
    }

    // decimated samples for the loitering test: time (s), lat, lon, course, speed
    final double[][] samples = new double[64][];
    int head;
    int count;

    void observe(Track t, CountryLocator countries) {
      GeoPoint p = t.position();
      if (!located) {
        located = true;
        origin = countries == null ? null : countries.countryAt(p.latDeg(), p.lonDeg());
      }
      double ts = t.time().getEpochSecond() + t.time().getNano() / 1e9;
      if (count > 0 && ts - samples[(head + count - 1) % samples.length][0] < SAMPLE_EVERY_S) {
        return;
      }
      double[] s = {ts, p.latDeg(), p.lonDeg(), t.courseDeg(), t.groundSpeedMps()};
      if (count == samples.length) {
        samples[head] = s;
        head = (head + 1) % samples.length;
      } else {
        samples[(head + count) % samples.length] = s;
        count++;
      }
    }

    boolean loitering(IdentificationCriteria c) {
      if (count < 3) {
        return false;
      }
      double[] last = samples[(head + count - 1) % samples.length];
      double turn = 0;
      double slow = 0;
      double span = 0;
      double[] prev = null;
      double cosLat = Math.cos(Math.toRadians(last[1]));
      for (int i = count - 1; i >= 0; i--) {
        double[] s = samples[(head + i) % samples.length];
        if (last[0] - s[0] > c.loiterWindowS()) {
          break;
        }
        double dn = (s[1] - last[1]) * 111_195;
        double de = (s[2] - last[2]) * 111_195 * cosLat;
        if (Math.hypot(dn, de) > c.loiterRadiusM()) {
          break;
        }
        span = last[0] - s[0];
        if (s[4] < SLOW_MPS) {
          slow++;
        }
        if (prev != null && s[4] >= SLOW_MPS && prev[4] >= SLOW_MPS) {
          double d = prev[3] - s[3];
          d = ((d + 540) % 360) - 180;
          turn += Math.abs(d);
        }
        prev = s;
      }
      return span >= c.loiterWindowS() / 2 && (turn >= 360 || slow * SAMPLE_EVERY_S >= span);
    }
  }
}
