package org.sargas.server.output;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sargas.formats.cot.CotEvent;
import org.sargas.formats.cot.CotXml;
import org.sargas.formats.cot.TakProtocol;
import org.sargas.formats.cot.TrackCotEvents;
import org.sargas.model.track.Track;

/**
 * One update of the picture as Cursor-on-Target events, one message per track: CoT XML (one event
 * per datagram, or events back to back on a stream), or TAK protocol v1 with mesh framing (UDP) or
 * stream framing (TCP/TLS). Event times can be shifted to the wall clock (a demo's clock runs in
 * the scenario's past). Stateless apart from its settings; thread-safe.
 */
public final class CotPictureEncoder implements PictureEncoder {
  /** The three wire forms. */
  public enum Form {
    XML,
    TAK_MESH,
    TAK_STREAM
  }

  private final Form form;
  private final String uidPrefix;
  private final Duration staleAfter;
  private final java.util.function.Function<Instant, Duration> shift;

  /**
   * @param shift the offset added to every event time given the node's clock now (zero for none)
   */
  public CotPictureEncoder(
      Form form,
      String uidPrefix,
      Duration staleAfter,
      java.util.function.Function<Instant, Duration> shift) {
    this.form = form;
    this.uidPrefix = uidPrefix;
    this.staleAfter = staleAfter;
    this.shift = shift;
  }

  @Override
  public List<byte[]> encode(List<Track> tracks, Instant now) {
    Duration d = shift.apply(now);
    List<byte[]> out = new ArrayList<>(tracks.size());
    for (Track t : tracks) {
      CotEvent e = TrackCotEvents.of(t, uidPrefix, now, staleAfter);
      if (!d.isZero()) {
        e =
            new CotEvent(
                e.uid(),
                e.type(),
                e.how(),
                e.time().plus(d),
                e.start().plus(d),
                e.stale().plus(d),
                e.latDeg(),
                e.lonDeg(),
                e.haeM(),
                e.ceM(),
                e.leM(),
                e.courseDeg(),
                e.speedMps(),
                e.callsign(),
                e.remarks());
      }
      out.add(
          switch (form) {
            case XML -> CotXml.bytes(e);
            case TAK_MESH -> TakProtocol.meshDatagram(e);
            case TAK_STREAM -> TakProtocol.streamFrame(e);
          });
    }
    return out;
  }
}
