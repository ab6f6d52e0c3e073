package org.sargas.server.output;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sargas.formats.asterix.cat062.Cat062Encoder;
import org.sargas.formats.asterix.cat062.Cat062Record;
import org.sargas.formats.asterix.cat065.Cat065Encoder;
import org.sargas.formats.asterix.cat065.Cat065Record;
import org.sargas.formats.asterix.cat065.Cat065SdpsState;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;

/**
 * One update of the picture as ASTERIX CAT062 (edition 1.21) system tracks, at most {@value
 * #MAX_DATAGRAM_OCTETS} octets per datagram, followed by one CAT065 (edition 1.6) datagram: an SDPS
 * status when {@code statusIntervalS} has passed since the last, and always the end of batch with
 * the batch number (mod 256). Per track: I062/010 SAC/SIC, 015 service 0, 070 the track's event
 * time of day, 105 WGS-84 position, 100 position in the system plane (the tangent plane at the
 * region origin, x east, y north), 185 velocity east/north, 130 geometric altitude, 220 rate of
 * climb, 060 Mode 3/A, 245 and 380 callsign and 24-bit address where known, 040 track number (the
 * digits of the track id, mod 65536), 080 CNF 0. Not thread-safe (one per output).
 */
public final class Cat062PictureEncoder implements PictureEncoder {
  /** Largest datagram, octets (below a 1500-octet Ethernet MTU with IP and UDP headers). */
  public static final int MAX_DATAGRAM_OCTETS = 1400;

  private static final double M_TO_FT = 1 / 0.3048;

  private final int sac;
  private final int sic;
  private final double statusIntervalS;
  private final LocalTangentPlane systemPlane;
  private final ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM_OCTETS + 64);
  private int batch;
  private Instant lastStatus;

  /**
   * @param systemOrigin origin of the I062/100 system plane
   * @param statusIntervalS CAT065 SDPS status period, s
   */
  public Cat062PictureEncoder(int sac, int sic, GeoPoint systemOrigin, double statusIntervalS) {
    this.sac = sac;
    this.sic = sic;
    this.statusIntervalS = statusIntervalS;
    this.systemPlane = new LocalTangentPlane(systemOrigin);
  }

  @Override
  public List<byte[]> encode(List<Track> tracks, Instant now) {
    List<byte[]> out = new ArrayList<>();
    int k = 0;
    while (k < tracks.size()) {
      buffer.clear();
      int start = Cat062Encoder.beginBlock(buffer);
      // append while a record of the largest size still fits
      while (k < tracks.size()
          && buffer.position() + Cat062Encoder.MAX_RECORD_OCTETS <= MAX_DATAGRAM_OCTETS) {
        Cat062Encoder.append(buffer, record(tracks.get(k++)));
      }
      Cat062Encoder.endBlock(buffer, start);
      out.add(Arrays.copyOf(buffer.array(), buffer.position()));
    }
    double tod = timeOfDayS(now);
    List<Cat065Record> status = new ArrayList<>(2);
    if (lastStatus == null
        || !now.isBefore(lastStatus.plusMillis((long) (statusIntervalS * 1000)))) {
      status.add(Cat065Record.sdpsStatus(sac, sic, 0, tod, Cat065SdpsState.OPERATIONAL, false));
      lastStatus = now;
    }
    status.add(Cat065Record.endOfBatch(sac, sic, 0, tod, batch++));
    buffer.clear();
    Cat065Encoder.encodeBlock(buffer, status);
    out.add(Arrays.copyOf(buffer.array(), buffer.position()));
    return out;
  }

  /** The CAT062 record of one track. */
  Cat062Record record(Track t) {
    GeoPoint p = t.position();
    double[] enu = new double[3];
    systemPlane.toEnu(p.latDeg(), p.lonDeg(), Double.isNaN(p.altitudeM()) ? 0 : p.altitudeM(), enu);
    Identity id = t.identity();
    return new Cat062Record(
        sac,
        sic,
        timeOfDayS(t.time()),
        trackNumber(t.trackId()),
        p.latDeg(),
        p.lonDeg(),
        enu[0],
        enu[1],
        t.velocityEastMps(),
        t.velocityNorthMps(),
        parse(id.mode3a(), 8, 07777),
        parse(id.icaoAddress(), 16, 0xffffff),
        id.callsign() == null || id.callsign().isBlank() ? null : id.callsign().trim(),
        Double.NaN,
        Double.isNaN(p.altitudeM()) ? Double.NaN : p.altitudeM() * M_TO_FT,
        Double.isNaN(p.altitudeM()) ? Double.NaN : t.velocityUpMps() * M_TO_FT * 60,
        t.state() == TrackState.TENTATIVE);
  }

  /** I062/040: the digits of the track id, mod 65536 (a hash when it has none). */
  static int trackNumber(String trackId) {
    long n = 0;
    boolean digits = false;
    for (int k = 0; k < trackId.length(); k++) {
      char c = trackId.charAt(k);
      if (c >= '0' && c <= '9') {
        n = (n * 10 + (c - '0')) % 65536;
        digits = true;
      }
    }
    return digits ? (int) n : trackId.hashCode() & 0xffff;
  }

  private static int parse(String v, int radix, int max) {
    if (v == null || v.isBlank()) {
      return -1;
    }
    try {
      int n = Integer.parseInt(v.trim(), radix);
      return n >= 0 && n <= max ? n : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static double timeOfDayS(Instant t) {
    return t.atOffset(ZoneOffset.UTC).toLocalTime().toNanoOfDay() / 1e9;
  }
}
