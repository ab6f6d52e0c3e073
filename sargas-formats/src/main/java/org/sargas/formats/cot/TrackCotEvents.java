package org.sargas.formats.cot;

import java.time.Duration;
import java.time.Instant;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;

/**
 * Turns a {@link Track} into a {@link CotEvent}: uid {@code <prefix>-<trackId>}, type from the
 * standard identity and class ({@link CotType}), {@code how} {@code m-g} for an automatic identity
 * and {@code h-e} once an operator has set it, start = the track's event time, stale = start + the
 * given time, {@code ce} the 90 % circular error of the worst axis (2.146 σ), {@code <track>}
 * course and speed, {@code <contact callsign>} the reported callsign (else the track id) and
 * remarks naming the class, identity and track state. Thread-safe (stateless).
 */
public final class TrackCotEvents {
  /** Factor from a 1-σ worst axis to a 90 % circle (Rayleigh, √(2 ln 10)). */
  static final double CE90_PER_SIGMA = 2.146;

  private TrackCotEvents() {}

  /**
   * The event of one track.
   *
   * @param uidPrefix what makes the uid unique across producers, e.g. {@code sargas-LTU}
   * @param sendTime when the event is sent ({@code <event time>})
   * @param staleAfter how long after the track's time the event goes stale
   */
  public static CotEvent of(Track t, String uidPrefix, Instant sendTime, Duration staleAfter) {
    String callsign = t.identity().callsign();
    double sigma = t.sigmaMajorM();
    String remarks =
        "Sargas track "
            + t.trackId()
            + ": "
            + t.classification().targetClass().name()
            + ", "
            + t.standardIdentity().name()
            + (t.state() == TrackState.COASTING ? ", coasting" : "")
            + (t.identity().mode3a() != null ? ", Mode 3/A " + t.identity().mode3a() : "");
    return new CotEvent(
        uidPrefix + "-" + t.trackId(),
        CotType.of(t.standardIdentity(), t.classification().targetClass()),
        t.assessment().overridden() ? "h-e" : "m-g",
        sendTime,
        t.time(),
        t.time().plus(staleAfter),
        t.position().latDeg(),
        t.position().lonDeg(),
        t.position().altitudeM(),
        Double.isFinite(sigma) && sigma > 0 ? sigma * CE90_PER_SIGMA : Double.NaN,
        Double.NaN,
        t.courseDeg(),
        t.groundSpeedMps(),
        callsign != null && !callsign.isBlank() ? callsign.trim() : t.trackId(),
        remarks);
  }
}
