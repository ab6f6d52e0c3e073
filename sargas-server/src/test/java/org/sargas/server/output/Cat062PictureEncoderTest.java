package org.sargas.server.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.AsterixDecoder;
import org.sargas.formats.asterix.AsterixRecordSink;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.cat062.Cat062Record;
import org.sargas.formats.asterix.cat062.Cat062View;
import org.sargas.formats.asterix.editions.AsterixEditions;
import org.sargas.formats.asterix.editions.Cat065Edition1_6;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.StandardIdentity;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;

/** One update as CAT062 datagrams and a CAT065 batch end, read back by our decoder. */
class Cat062PictureEncoderTest {
  static final double LSB_DEG = 180.0 / (1 << 25);
  private static final Instant T = Instant.parse("2026-09-10T02:31:07.25Z");

  /** Decodes datagrams into CAT062 records and CAT065 message types. */
  static void decode(List<byte[]> datagrams, List<Cat062Record> tracks, List<int[]> cat065) {
    AsterixDecoder decoder = new AsterixDecoder(AsterixEditions.latest());
    int i000 = Cat065Edition1_6.CATEGORY.indexOf("000");
    int i020 = Cat065Edition1_6.CATEGORY.indexOf("020");
    for (byte[] d : datagrams) {
      decoder.decode(
          d,
          0,
          d.length,
          "output",
          0,
          new AsterixRecordSink() {
            @Override
            public void record(AsterixRecordView r) {
              if (r.category() == 62) {
                tracks.add(new Cat062View().wrap(r).toRecord());
              } else if (r.category() == 65) {
                int type = r.buffer()[r.itemOffset(i000)] & 0xff;
                int batch = r.has(i020) ? r.buffer()[r.itemOffset(i020)] & 0xff : -1;
                cat065.add(new int[] {type, batch});
              }
            }

            @Override
            public void failure(DecodeFailure f, int skipped) {
              throw new AssertionError(f.toString());
            }
          });
    }
  }

  @Test
  void tracksGoOutAsSystemTracksThenEndOfBatch() {
    List<Track> tracks = new ArrayList<>();
    for (int k = 0; k < 50; k++) {
      tracks.add(
          OutputTracks.track(
              String.format("T%07d", 70000 + k),
              T,
              54.0 + k * 0.01234567,
              24.0 + k * 0.0333,
              TargetClass.AIRLINER,
              StandardIdentity.NEUTRAL,
              new Identity("4CA7A8", "RYR174C", "1275", null, null)));
    }
    Cat062PictureEncoder enc = new Cat062PictureEncoder(25, 100, GeoPoint.of(54.9, 23.9), 5.0);
    List<byte[]> first = enc.encode(tracks, T.plusMillis(300));
    // 50 records (about 50 octets each here): CAT062 datagrams of at most 1400 octets, then CAT065
    assertThat(first).hasSizeGreaterThanOrEqualTo(3);
    assertThat(first.get(first.size() - 1)[0]).isEqualTo((byte) 65);
    assertThat(first).allSatisfy(d -> assertThat(d.length).isLessThanOrEqualTo(1400));
    List<Cat062Record> out = new ArrayList<>();
    List<int[]> status = new ArrayList<>();
    decode(first, out, status);
    assertThat(out).hasSize(50);
    for (int k = 0; k < 50; k++) {
      Cat062Record r = out.get(k);
      Track t = tracks.get(k);
      assertThat(r.sac()).isEqualTo(25);
      assertThat(r.sic()).isEqualTo(100);
      assertThat(r.trackNumber()).isEqualTo(70000 + k - 65536);
      assertThat(r.latDeg()).isCloseTo(t.position().latDeg(), within(LSB_DEG));
      assertThat(r.lonDeg()).isCloseTo(t.position().lonDeg(), within(LSB_DEG));
      assertThat(r.timeOfDayS()).isEqualTo(2 * 3600 + 31 * 60 + 7.25);
      assertThat(r.vxMps()).isEqualTo(20.0);
      assertThat(r.vyMps()).isEqualTo(10.0);
      assertThat(r.mode3a()).isEqualTo(01275);
      assertThat(r.icaoAddress()).isEqualTo(0x4CA7A8);
      assertThat(r.callsign()).isEqualTo("RYR174C");
      assertThat(r.geometricAltitudeFt()).isCloseTo(500 / 0.3048, within(6.25));
      assertThat(r.tentative()).isFalse();
    }
    // the system plane is the region's tangent plane: the origin maps to (0, 0)
    assertThat(
            enc.record(
                    OutputTracks.track(
                        "T1",
                        T,
                        54.9,
                        23.9,
                        TargetClass.UNKNOWN,
                        StandardIdentity.PENDING,
                        Identity.NONE))
                .xM())
        .isCloseTo(0.0, within(0.01));
    assertThat(status).hasSize(2);
    assertThat(status.get(0)).containsExactly(1, -1);
    assertThat(status.get(1)).containsExactly(2, 0);

    // one second later: no SDPS status yet (every 5 s), the next batch number
    List<int[]> next = new ArrayList<>();
    decode(enc.encode(List.of(), T.plusMillis(1300)), new ArrayList<>(), next);
    assertThat(next).hasSize(1);
    assertThat(next.get(0)).containsExactly(2, 1);
    List<int[]> later = new ArrayList<>();
    decode(enc.encode(List.of(), T.plusMillis(5300)), new ArrayList<>(), later);
    assertThat(later.get(0)).containsExactly(1, -1);
    assertThat(later.get(1)).containsExactly(2, 2);
  }

  @Test
  void trackNumbersComeFromTheTrackIdDigits() {
    assertThat(Cat062PictureEncoder.trackNumber("T0000042")).isEqualTo(42);
    assertThat(Cat062PictureEncoder.trackNumber("T0065537")).isEqualTo(1);
    assertThat(Cat062PictureEncoder.trackNumber("abc")).isBetween(0, 65535);
  }
}
