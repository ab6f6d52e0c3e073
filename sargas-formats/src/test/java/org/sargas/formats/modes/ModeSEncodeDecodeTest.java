package org.sargas.formats.modes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sargas.formats.DecodeFailure;
import org.sargas.model.observation.Observation;

class ModeSEncodeDecodeTest {
  private final ModeSFields f = new ModeSFields();

  @Test
  void crcOfARealSquitterIsZeroAndAFlippedBitIsLocated() {
    byte[] frame = HexFormat.of().parseHex("8D406B902015A678D4D220AA4BDA");
    assertThat(ModeSCrc.remainder(frame, 0, 14)).isZero();
    frame[6] ^= 0x08;
    assertThat(ModeSCrc.singleBitError(ModeSCrc.remainder(frame, 0, 14), 112)).isEqualTo(6 * 8 + 4);
  }

  @Test
  void identificationPositionAndVelocityRoundTrip() {
    ModeSDecoder d = new ModeSDecoder();
    byte[] b = new byte[14];
    ExtendedSquitterEncoder.identification(0x48AE01, 3, "SRG1", b, 0);
    assertThat(d.decode(b, 0, 14, 0, f, "t", 0)).isNull();
    assertThat(f.callsignString()).isEqualTo("SRG1");
    assertThat(f.category).isEqualTo(3);
    assertThat(f.icaoTrusted).isTrue();
    ExtendedSquitterEncoder.airbornePosition(0x48AE01, 54.6872, 25.2797, 12025, false, b, 0);
    assertThat(d.decode(b, 0, 14, 1000, f, "t", 0)).isNull();
    assertThat(f.latDeg).isNaN();
    assertThat(f.altitudeFt).isEqualTo(12025.0);
    ExtendedSquitterEncoder.airbornePosition(0x48AE01, 54.6880, 25.2810, 12050, true, b, 0);
    assertThat(d.decode(b, 0, 14, 1500, f, "t", 0)).isNull();
    assertThat(f.positionGlobal).isTrue();
    assertThat(f.latDeg).isCloseTo(54.6880, within(1e-4));
    assertThat(f.lonDeg).isCloseTo(25.2810, within(1e-4));
    ExtendedSquitterEncoder.airbornePosition(0x48AE01, 54.6890, 25.2820, 12050, false, b, 0);
    assertThat(d.decode(b, 0, 14, 2000, f, "t", 0)).isNull();
    assertThat(f.latDeg).isCloseTo(54.6890, within(1e-4));
    ExtendedSquitterEncoder.airborneVelocity(0x48AE01, 450, 75.0, -1280, b, 0);
    assertThat(d.decode(b, 0, 14, 2500, f, "t", 0)).isNull();
    assertThat(f.groundSpeedKt).isCloseTo(450, within(1.0));
    assertThat(f.trackDeg).isCloseTo(75.0, within(0.2));
    assertThat(f.verticalRateFtMin).isEqualTo(-1280.0);
    Observation o =
        new ModeSObservationAdapter("rx1", 50)
            .toObservation(decodeAgainPosition(d, b), Instant.EPOCH, 8);
    assertThat(o.sensorId()).isEqualTo("rx1");
    assertThat(o.identity().icaoAddress()).isEqualTo("48AE01");
  }

  private ModeSFields decodeAgainPosition(ModeSDecoder d, byte[] b) {
    ExtendedSquitterEncoder.airbornePosition(0x48AE01, 54.6900, 25.2830, 12050, true, b, 0);
    d.decode(b, 0, 14, 3000, f, "t", 0);
    return f;
  }

  @Test
  void randomPositionsSurviveCprEncodeAndGlobalDecode() {
    Random rnd = new Random(7);
    for (int k = 0; k < 2000; k++) {
      ModeSDecoder d = new ModeSDecoder();
      double lat = rnd.nextDouble() * 170 - 85;
      double lon = rnd.nextDouble() * 360 - 180;
      byte[] b = new byte[14];
      ExtendedSquitterEncoder.airbornePosition(0xABCDEF, lat, lon, 30000, false, b, 0);
      d.decode(b, 0, 14, 0, f, "t", 0);
      ExtendedSquitterEncoder.airbornePosition(0xABCDEF, lat, lon, 30000, true, b, 0);
      d.decode(b, 0, 14, 100, f, "t", 0);
      if (Double.isNaN(f.latDeg)) {
        // Only a pair straddling an NL boundary may fail; then both latitudes differ in NL.
        assertThat(Cpr.nl(lat - 0.01) != Cpr.nl(lat + 0.01)).as("lat %f", lat).isTrue();
        continue;
      }
      assertThat(f.latDeg).as("lat %f lon %f", lat, lon).isCloseTo(lat, within(1e-4));
      // Longitude resolution is one CPR step of the zone width, 360 / max(NL - 1, 1) / 2^17.
      double step = 360.0 / Math.max(Cpr.nl(lat) - 1, 1) / Cpr.SCALE;
      assertThat(Math.abs(Math.IEEEremainder(f.lonDeg - lon, 360)))
          .as("lon %f", lon)
          .isLessThanOrEqualTo(step);
    }
  }

  @Test
  void untrustedAddressesGetNoPositionAndDf11WithInterrogatorCodeDoesNotTrust() {
    ModeSDecoder d = new ModeSDecoder();
    byte[] df11 = HexFormat.of().parseHex("5D4840D6" + "000000");
    int parity = ModeSCrc.parity(df11, 0, 4) ^ 0x05;
    df11[4] = (byte) (parity >>> 16);
    df11[5] = (byte) (parity >>> 8);
    df11[6] = (byte) parity;
    assertThat(d.decode(df11, 0, 7, 0, f, "t", 0)).isNull();
    assertThat(f.icaoTrusted).isFalse();
    byte[] df4 = HexFormat.of().parseHex("20001838CA3804");
    assertThat(d.decode(df4, 0, 7, 0, f, "t", 0)).isNull();
    assertThat(f.icaoTrusted).isFalse();
    assertThat(f.altitudeFt).isFinite();
  }

  @Test
  void malformedFramesAreFailuresNotExceptions() {
    ModeSDecoder d = new ModeSDecoder();
    byte[] df18 = HexFormat.of().parseHex("95c639eefbffffedd5fefbff4f6f");
    DecodeFailure x = d.decode(df18, 0, 14, 0, f, "s", 5);
    assertThat(x).isNotNull();
    assertThat(x.offset()).isEqualTo(5);
    assertThat(x.reason()).contains("CRC");
    byte[] short17 = HexFormat.of().parseHex("8D406B90201234");
    assertThat(d.decode(short17, 0, 7, 0, f, "s", 0).reason()).contains("needs 14 octets");
    assertThat(d.decode(short17, 0, 5, 0, f, "s", 0).reason()).contains("5 octets");
  }

  @Test
  void stateIsBoundedAndExpires() {
    ModeSDecoder d = new ModeSDecoder(16, 1000, false, Double.NaN, Double.NaN);
    byte[] b = new byte[14];
    for (int k = 0; k < 100; k++) {
      ExtendedSquitterEncoder.identification(0x100000 + k, 1, "A" + k, b, 0);
      d.decode(b, 0, 14, k, f, "t", 0);
    }
    assertThat(d.trackedAircraft()).isEqualTo(16);
    ExtendedSquitterEncoder.airbornePosition(0x100063, 50, 10, 1000, false, b, 0);
    d.decode(b, 0, 14, 200, f, "t", 0);
    ExtendedSquitterEncoder.airbornePosition(0x100063, 50, 10, 1000, true, b, 0);
    d.decode(b, 0, 14, 5000, f, "t", 0);
    assertThat(f.latDeg).as("the even message expired with the aircraft's state").isNaN();
  }

  @Test
  void beastEncoderAndReaderRoundTripWithEscapes() {
    byte[] frame = new byte[14];
    ExtendedSquitterEncoder.identification(0x1A1A1A, 1, "ESC", frame, 0);
    ByteBuffer buf = ByteBuffer.allocate(256);
    BeastEncoder.encode(buf, 0x1A0000001AL, 0x1A, frame, 0, 14);
    BeastEncoder.encode(buf, 12_000_000L, 200, frame, 0, 7);
    List<String> got = new ArrayList<>();
    BeastFrameSink sink =
        new BeastFrameSink() {
          @Override
          public void frame(int type, long ts, int signal, byte[] b, int off, int len, long at) {
            got.add(
                (char) type
                    + " "
                    + Long.toHexString(ts)
                    + " "
                    + signal
                    + " "
                    + HexFormat.of().formatHex(b, off, off + len)
                    + " @"
                    + at);
          }

          @Override
          public void failure(DecodeFailure failure, int skippedBytes) {
            got.add("fail " + failure.reason());
          }
        };
    int split = 9;
    BeastReader r = new BeastReader();
    int used = r.read(buf.array(), 0, split, false, "t", 0, sink);
    assertThat(used).isZero();
    r.read(buf.array(), 0, buf.position(), true, "t", 0, sink);
    assertThat(got).hasSize(2);
    assertThat(got.get(0)).startsWith("3 1a0000001a 26 " + HexFormat.of().formatHex(frame) + " @0");
    assertThat(got.get(1)).startsWith("2 b71b00 200 " + HexFormat.of().formatHex(frame, 0, 7));
  }

  @Test
  void avrPlainAndTimestampedLinesParse() {
    byte[] b = new byte[14];
    long[] ts = new long[1];
    assertThat(AvrCodec.parse(" *8D406B909945DE10000405999BE4;\r", b, ts)).isEqualTo(14);
    assertThat(ts[0]).isEqualTo(-1);
    assertThat(AvrCodec.format(b, 0, 14)).isEqualTo("*8D406B909945DE10000405999BE4;");
    assertThat(AvrCodec.parse("@00000012345A5D4840D6202CC3;", b, ts)).isEqualTo(7);
    assertThat(ts[0]).isEqualTo(0x12345AL);
    assertThat(AvrCodec.parse("*8D40;x", b, ts)).isEqualTo(AvrCodec.MALFORMED);
    assertThat(AvrCodec.parse("*8D406B9;", b, ts)).isEqualTo(AvrCodec.MALFORMED);
  }

  @Test
  void sbsLinesParse() {
    List<DecodeFailure> fails = new ArrayList<>();
    SbsMessage m =
        SbsParser.parse(
            "MSG,3,1,1,406B90,1,2026/11/21,05:22:11.852,2026/11/21,05:22:11.852,,36000,,,51.14566,7.24430,,,,,,0",
            "s",
            0,
            fails::add);
    assertThat(m.icao()).isEqualTo("406B90");
    assertThat(m.altitudeFt()).isEqualTo(36000.0);
    assertThat(m.latDeg()).isEqualTo(51.14566);
    assertThat(m.onGround()).isFalse();
    assertThat(SbsParser.parse("MSG,3,1", "s", 7, fails::add)).isNull();
    assertThat(fails).singleElement().satisfies(x -> assertThat(x.offset()).isEqualTo(7));
  }

  @Test
  void nlMatchesTheDo260bFormulaEverywhere() {
    for (int k = -9000; k <= 9000; k++) {
      double lat = k / 100.0 + 0.003;
      int expected =
          Math.abs(lat) >= 87
              ? 1
              : (int)
                  Math.floor(
                      2
                          * Math.PI
                          / Math.acos(
                              1
                                  - (1 - Math.cos(Math.PI / 30))
                                      / Math.pow(Math.cos(Math.toRadians(lat)), 2)));
      assertThat(Cpr.nl(lat)).as("lat %f", lat).isEqualTo(Math.min(expected, 59));
    }
  }

  @Test
  void altitudeCodes() {
    // Gillham: C1 A1 C2 A2 C4 A4 M B1 Q B2 D2 B4 D4. Q=1: 0x10 with N=1040 -> 25000 ft.
    assertThat(AltitudeCodes.ac12Ft(AltitudeCodes.encodeAc12Ft(25000))).isEqualTo(25000.0);
    assertThat(AltitudeCodes.ac13Ft(0)).isNaN();
    // ID field C1 A1 C2 A2 C4 A4 X B1 D1 B2 D2 B4 D4 with A1 A2 A4 B1 B2 B4 set: squawk 7700.
    assertThat(AltitudeCodes.identity(0b0101010101010)).isEqualTo(07700);
    // Only D4 set: squawk 0004; only C1: 0010.
    assertThat(AltitudeCodes.identity(0b0000000000001)).isEqualTo(04);
    assertThat(AltitudeCodes.identity(0b1000000000000)).isEqualTo(010);
  }
}
