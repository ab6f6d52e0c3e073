package org.sargas.formats.asterix.cat063;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.RecordingListener;
import org.sargas.formats.SensorCalibration;
import org.sargas.formats.SensorFeedState;
import org.sargas.formats.SensorFeedStatus;
import org.sargas.formats.asterix.AsterixDecoder;
import org.sargas.formats.asterix.AsterixRecordBuilder;
import org.sargas.formats.asterix.AsterixRecordSink;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.ContractCheckingVisitor;
import org.sargas.formats.asterix.ItemWalker;
import org.sargas.formats.asterix.editions.AsterixEditions;
import org.sargas.formats.asterix.editions.Cat063Edition1_7;
import org.sargas.formats.asterix.observation.AsterixObservationDecoder;

/**
 * CAT063 1.7 sensor status reports: the typed view read field by field from the jASTERIX reference
 * block and from hand-built records, and {@link AsterixObservationDecoder} reporting the status of
 * configured sensors through {@code DecodeListener.sensorStatus}.
 */
class Cat063Test {
  private static final Instant T = Instant.parse("2026-11-21T09:30:00Z");
  private static final double DEG = Math.PI / 180;

  private static void decode(byte[] b, Consumer<AsterixRecordView> each) {
    new AsterixDecoder(AsterixEditions.latest())
        .decode(
            b,
            0,
            b.length,
            "t",
            0,
            new AsterixRecordSink() {
              @Override
              public void record(AsterixRecordView r) {
                new ItemWalker().walk(r, new ContractCheckingVisitor());
                each.accept(r);
              }

              @Override
              public void failure(DecodeFailure f, int skippedBytes) {
                throw new AssertionError(f.toString());
              }
            });
  }

  private static List<Cat063Record> records(byte[] b) {
    List<Cat063Record> out = new ArrayList<>();
    decode(b, r -> out.add(new Cat063View().wrap(r).toRecord()));
    return out;
  }

  private static AsterixObservationDecoder decoder(int sac, int sic) {
    return new AsterixObservationDecoder(
        AsterixEditions.latest(),
        List.of(new SensorCalibration("R-" + sic, sac, sic, null, 40, 0.002, 50, 30)));
  }

  /**
   * jASTERIX's CAT063 block ({@code cat063ed1.0.bin}, edition 1.0, whose items and UAP 1.7 keeps):
   *
   * <pre>
   * 3F 001E          CAT 63, LEN 30
   * FF F0            FSPEC: FRN 1-7, FX; FRN 8-11
   * 00 05            I063/010 SDPS SAC 0, SIC 5
   * C1               I063/015 service 193
   * 41 72 E6         I063/030 4,289,254 / 128 = 33,509.796875 s (09:18:29.797)
   * 00 01            I063/050 sensor SAC 0, SIC 1
   * 00               I063/060 CON 0 operational, PSR SSR MDS ADS MLT all GO, FX 0
   * FF CB            I063/070 time stamping bias -53 ms
   * 00 0B 00 00      I063/080 SSR range gain 11 × 10⁻⁵, range bias 0
   * FF FF            I063/081 SSR azimuth bias -1 × 360/2¹⁶ °
   * 00 01 00 01      I063/090 PSR range gain 1 × 10⁻⁵, range bias 1/128 NM = 14.46875 m
   * FF FE            I063/091 PSR azimuth bias -2 × 360/2¹⁶ °
   * 00 00            I063/092 PSR elevation bias 0
   * </pre>
   */
  @Test
  void jasterixReferenceBlockFieldByField() throws IOException {
    String base =
        System.getProperty("sargas.referenceData", System.getenv("SARGAS_REFERENCE_DATA"));
    Path p = base == null ? null : Path.of(base, "asterix/jasterix/cat063ed1.0.bin");
    assumeTrue(
        p != null && Files.isRegularFile(p),
        "reference data absent (asterix/jasterix/cat063ed1.0.bin); skipping");
    byte[] b = Files.readAllBytes(p);
    Cat063Record r = records(b).get(0);
    assertThat(r.sac()).isZero();
    assertThat(r.sic()).isEqualTo(5);
    assertThat(r.serviceId()).isEqualTo(193);
    assertThat(r.timeOfDayS()).isEqualTo(33_509.796875);
    assertThat(r.sensorSac()).isZero();
    assertThat(r.sensorSic()).isEqualTo(1);
    SensorFeedStatus s = r.status();
    assertThat(s.state()).isEqualTo(SensorFeedState.OPERATIONAL);
    assertThat(List.of(s.psrGo(), s.ssrGo(), s.modeSGo(), s.adsGo(), s.multilaterationGo()))
        .containsOnly(true);
    assertThat(s.timeStampingBiasS()).isEqualTo(-0.053);
    assertThat(s.ssrRangeGain()).isCloseTo(11e-5, within(1e-15));
    assertThat(s.ssrRangeBiasM()).isZero();
    assertThat(s.ssrAzimuthBiasRad()).isCloseTo(-360.0 / 65536 * DEG, within(1e-15));
    assertThat(s.psrRangeGain()).isCloseTo(1e-5, within(1e-15));
    assertThat(s.psrRangeBiasM()).isEqualTo(1852.0 / 128);
    assertThat(s.psrAzimuthBiasRad()).isCloseTo(-2 * 360.0 / 65536 * DEG, within(1e-15));
    assertThat(r.psrElevationBiasRad()).isZero();

    RecordingListener l = new RecordingListener();
    decoder(0, 1).decode(b, 0, b.length, T, "udp", 0, l);
    assertThat(l.failures).isEmpty();
    assertThat(l.observations).isEmpty();
    assertThat(l.unknown).as("the SDPS 0/5 is not configured").containsExactly(5);
    assertThat(l.alive).as("a status report is no sign of life of the radar").isEmpty();
    assertThat(l.statuses)
        .containsExactly(
            new RecordingListener.Status(1, Instant.parse("2026-11-21T09:18:29.796875Z"), s));
  }

  // SDPS 25/100 reports about radar 25/201: I063/010 1964; I063/030 0x012C00 = 600 s; I063/050
  // 19C9.
  private static final AsterixRecordBuilder REPORT =
      AsterixRecordBuilder.of(Cat063Edition1_7.CATEGORY)
          .item("010", "1964")
          .item("030", "012C00")
          .item("050", "19C9");

  @Test
  void degradedSensorWithPsrNogoAndAllThreeExtensions() {
    // I063/060 octet 1: CON 01 (degraded), PSR 1 (NOGO), SSR 0, MDS 0, ADS 1 (NOGO), MLT 0, FX 1
    //   = 01 1 0 0 1 0 1 = 0x65;
    // octet 2: OPS 0, ODP 1, OXT 0, MSC 0, TSV 0, NPW 1, spare 0, FX 1 = 0x45;
    // octet 3: TTF EP 1 VAL 0, SPO EP 1 VAL 1, spare 000, FX 0 = 0xB0.
    // I063/080: gain -100 × 10⁻⁵ (0xFF9C), bias -128/128 NM = -1 NM (0xFF80);
    // I063/081: 0x0100 × 360/2¹⁶ = 1.40625°.
    byte[] b = REPORT.item("060", "6545B0").item("080", "FF9CFF80").item("081", "0100").block();
    Cat063Record r = records(b).get(0);
    SensorFeedStatus s = r.status();
    assertThat(s.state()).isEqualTo(SensorFeedState.DEGRADED);
    assertThat(s.psrGo()).isFalse();
    assertThat(s.ssrGo()).isTrue();
    assertThat(s.modeSGo()).isTrue();
    assertThat(s.adsGo()).isFalse();
    assertThat(s.multilaterationGo()).isTrue();
    assertThat(s.ssrRangeGain()).isCloseTo(-1e-3, within(1e-15));
    assertThat(s.ssrRangeBiasM()).isEqualTo(-1852.0);
    assertThat(s.ssrAzimuthBiasRad()).isCloseTo(1.40625 * DEG, within(1e-15));
    assertThat(s.timeStampingBiasS()).isNaN();
    assertThat(s.psrRangeGain()).isNaN();
    assertThat(s.psrAzimuthBiasRad()).isNaN();

    RecordingListener l = new RecordingListener();
    decoder(25, 201).decode(b, 0, b.length, T, "udp", 0, l);
    assertThat(l.failures).isEmpty();
    assertThat(l.statuses)
        .singleElement()
        .satisfies(
            st -> {
              assertThat(st.sacSic()).isEqualTo(25 << 8 | 201);
              assertThat(st.time()).isEqualTo(Instant.parse("2026-11-21T00:10:00Z"));
              assertThat(st.status()).isEqualTo(s);
            });
  }

  @Test
  void everyConnectionState() {
    // CON in the top two bits of I063/060; every technology flag NOGO (0x3E) in the last two.
    String[] octets = {"00", "40", "80", "FE"};
    SensorFeedState[] states = SensorFeedState.values();
    for (int k = 0; k < 4; k++) {
      Cat063Record r = records(REPORT.item("060", octets[k]).block()).get(0);
      assertThat(r.status().state()).isEqualTo(states[k]);
      assertThat(r.status().state().code()).isEqualTo(k);
    }
    SensorFeedStatus off = records(REPORT.item("060", "FE").block()).get(0).status();
    assertThat(
            List.of(off.psrGo(), off.ssrGo(), off.modeSGo(), off.adsGo(), off.multilaterationGo()))
        .containsOnly(false);
  }

  @Test
  void reportsAboutUnconfiguredSensorsOrWithoutStatusAreNotDelivered() {
    byte[] other = REPORT.item("050", "1907").item("060", "00").block();
    byte[] noStatus = REPORT.item("070", "0010").block();
    for (byte[] b : List.of(other, noStatus)) {
      RecordingListener l = new RecordingListener();
      decoder(25, 201).decode(b, 0, b.length, T, "udp", 0, l);
      assertThat(l.statuses).isEmpty();
      assertThat(l.failures).isEmpty();
      assertThat(l.unknown).as("the SDPS 25/100 is not configured").containsExactly(25 << 8 | 100);
    }
    assertThat(records(noStatus).get(0).status()).isNull();
  }

  @Test
  void withoutTimeOfMessageTheStatusCarriesTheReceiveTime() {
    byte[] b = REPORT.without("030").item("060", "00").block();
    RecordingListener l = new RecordingListener();
    decoder(25, 201).decode(b, 0, b.length, T, "udp", 0, l);
    assertThat(l.statuses).singleElement().satisfies(s -> assertThat(s.time()).isEqualTo(T));
  }

  @Test
  void theSdpsItselfIsMarkedAliveWhenConfigured() {
    byte[] b = REPORT.item("060", "00").block();
    RecordingListener l = new RecordingListener();
    new AsterixObservationDecoder(
            AsterixEditions.latest(),
            List.of(
                new SensorCalibration("SDPS", 25, 100, null, 40, 0.002, 50, 30),
                new SensorCalibration("R-201", 25, 201, null, 40, 0.002, 50, 30)))
        .decode(b, 0, b.length, T, "udp", 0, l);
    assertThat(l.alive).containsExactly("SDPS");
    assertThat(l.statuses).hasSize(1);
  }
}
