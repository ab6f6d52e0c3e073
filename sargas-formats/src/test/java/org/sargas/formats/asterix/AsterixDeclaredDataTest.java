package org.sargas.formats.asterix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.formats.asterix.cat021.Cat021View;
import org.sargas.formats.asterix.cat062.Cat062Accuracy;
import org.sargas.formats.asterix.cat062.Cat062Encoder;
import org.sargas.formats.asterix.cat062.Cat062FlightPlan;
import org.sargas.formats.asterix.cat062.Cat062ObservationAdapter;
import org.sargas.formats.asterix.cat062.Cat062Record;
import org.sargas.formats.asterix.cat062.Cat062View;
import org.sargas.formats.asterix.editions.AsterixEditions;
import org.sargas.formats.asterix.observation.AsterixDomainReferenceTest;
import org.sargas.model.observation.EmitterCategory;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.SystemTrackMeasurement;
import org.sargas.model.observation.WakeTurbulenceCategory;

/**
 * What ASTERIX reports declare beyond position: CAT021 I021/020 (emitter category); a CAT062 system
 * track's I062/380 EMC (emitter category), I062/390 flight-plan data (CS, TAC, WTC, DEP, DST),
 * I062/500 accuracies and I062/290 ages (editions 1.19/1.21), encoded and decoded back, and carried
 * into the observation's {@link Identity}.
 */
class AsterixDeclaredDataTest {
  private final AsterixDecoder decoder = new AsterixDecoder(AsterixEditions.latest());

  private static Cat062Record track(String adsbCallsign) {
    return new Cat062Record(
        25,
        100,
        45827.3984375,
        4713,
        54.9,
        24.1,
        Double.NaN,
        Double.NaN,
        228.75,
        -47.25,
        01275,
        0x4CA7A8,
        adsbCallsign,
        370.0,
        Double.NaN,
        0,
        false,
        3, // EMC 3: medium, 7-136 t
        new Cat062FlightPlan("BTI2LK", "a20n", "M", "EYVI", "EPWA"),
        new Cat062Accuracy(40.5, 61.0, -900.0, 2.25, 3.5),
        312.25,
        3.25);
  }

  private List<Cat062View> decode(ByteBuffer buf, List<Cat062Record> out, List<Identity> ids) {
    CollectingSink<Cat062View> sink =
        new CollectingSink<>(
            r -> {
              Cat062View v = new Cat062View().wrap(r);
              out.add(v.toRecord());
              ids.add(
                  new Cat062ObservationAdapter(100, 50)
                      .toObservation(v, Instant.parse("2026-11-21T12:00:00Z"))
                      .identity());
              return v;
            });
    decoder.decode(buf.array(), 0, buf.position(), "t", 0, sink);
    assertThat(sink.failures).isEmpty();
    return sink.records;
  }

  @Test
  void flightPlanEmitterCategoryAccuracyAndAgesSurviveTheRoundTrip() {
    ByteBuffer buf = ByteBuffer.allocate(Cat062Encoder.MAX_RECORD_OCTETS + 3);
    Cat062Encoder.encodeBlock(buf, List.of(track("BTI2LK")));
    List<Cat062Record> out = new ArrayList<>();
    List<Identity> ids = new ArrayList<>();
    decode(buf, out, ids);
    Cat062Record r = out.get(0);
    assertThat(r.emitterCategory()).isEqualTo(3);
    assertThat(r.flightPlan())
        .isEqualTo(new Cat062FlightPlan("BTI2LK", "a20n", "M", "EYVI", "EPWA"));
    assertThat(r.accuracy().positionSigmaXM()).isEqualTo(40.5);
    assertThat(r.accuracy().positionSigmaYM()).isEqualTo(61.0);
    // COV carries sign·√|cov| = -30 m.
    assertThat(r.accuracy().positionCovarianceXYM2()).isEqualTo(-900.0);
    assertThat(r.accuracy().velocitySigmaXMps()).isEqualTo(2.25);
    assertThat(r.accuracy().velocitySigmaYMps()).isEqualTo(3.5);
    assertThat(r.trackAgeS()).isEqualTo(63.75); // TRK is one octet of 1/4 s: saturates
    assertThat(r.updateAgeS()).isEqualTo(3.25);

    Identity id = ids.get(0);
    assertThat(id.icaoAddress()).isEqualTo("4CA7A8");
    assertThat(id.callsign()).isEqualTo("BTI2LK");
    assertThat(id.mode3a()).isEqualTo("1275");
    assertThat(id.emitterCategory()).isEqualTo(EmitterCategory.LARGE);
    assertThat(id.aircraftType()).isEqualTo("A20N");
    assertThat(id.wakeCategory()).isEqualTo(WakeTurbulenceCategory.MEDIUM);
    assertThat(id.departure()).isEqualTo("EYVI");
    assertThat(id.destination()).isEqualTo("EPWA");
  }

  @Test
  void theFlightPlanCallsignStandsInWhenTheAircraftSendsNone() {
    ByteBuffer buf = ByteBuffer.allocate(Cat062Encoder.MAX_RECORD_OCTETS + 3);
    Cat062Encoder.encodeBlock(buf, List.of(track(null)));
    List<Identity> ids = new ArrayList<>();
    decode(buf, new ArrayList<>(), ids);
    assertThat(ids.get(0).callsign()).isEqualTo("BTI2LK");
  }

  /**
   * CroatiaControl's real CAT062 (SAC 25, SIC 100), record 1: I062/290 PSR age 5.75 s, SSR 3.25 s,
   * Mode S 3.25 s (their reference JSON); no I062/390 or 500; I062/380 ADR 4CA7A8, ID "RYR174C".
   */
  @Test
  void realSystemTrackAges() throws IOException {
    byte[] file =
        Files.readAllBytes(
            AsterixDomainReferenceTest.ref("asterix/croatiacontrol/cat_062_065.pcap"));
    List<Cat062Record> out = new ArrayList<>();
    List<Identity> ids = new ArrayList<>();
    CollectingSink<Object> sink =
        new CollectingSink<>(
            r -> {
              if (r.category() == 62) {
                Cat062View v = new Cat062View().wrap(r);
                out.add(v.toRecord());
                ids.add(Cat062ObservationAdapter.identity(v));
              }
              return r.category();
            });
    for (PcapUdpPayloads.Payload p : PcapUdpPayloads.read(file)) {
      decoder.decode(p.file(), p.offset(), p.length(), "ref", p.offset(), sink);
    }
    Cat062Record first = out.get(0);
    assertThat(first.trackNumber()).isEqualTo(4713);
    assertThat(first.updateAgeS()).isCloseTo(3.25, within(1e-9));
    assertThat(first.trackAgeS()).isNaN();
    assertThat(first.flightPlan()).isNull();
    assertThat(first.accuracy()).isNull();
    assertThat(first.emitterCategory()).isEqualTo(-1);
    assertThat(ids.get(0).callsign()).isEqualTo("RYR174C");
    assertThat(ids.get(0).emitterCategory()).isNull();
    assertThat(out.get(1).updateAgeS()).isCloseTo(4.0, within(1e-9));
  }

  /**
   * CAT021 I021/020 ECAT of CroatiaControl's {@code cat21_re.ast}: targets 000001 and 000002
   * declare "no information" (0) and "surface service vehicle" (21), as tshark decodes them.
   */
  @Test
  void realCat021EmitterCategories() throws IOException {
    byte[] file =
        Files.readAllBytes(AsterixDomainReferenceTest.ref("asterix/croatiacontrol/cat21_re.ast"));
    List<Identity> ids = new ArrayList<>();
    CollectingSink<Object> sink =
        new CollectingSink<>(
            r -> {
              Cat021View v = new Cat021View().wrap(r);
              ids.add(AsterixIdentity.of(v.icaoAddress(), null, -1, v.emitterCategoryCode()));
              return v;
            });
    decoder.decode(file, 0, file.length, "ref", 0, sink);
    assertThat(ids)
        .extracting(Identity::icaoAddress, Identity::emitterCategory)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("000001", EmitterCategory.NO_INFORMATION),
            org.assertj.core.groups.Tuple.tuple("000002", EmitterCategory.SURFACE_SERVICE_VEHICLE));
  }

  /**
   * The observation of a system track is a {@link SystemTrackMeasurement}: I062/500 accuracies
   * where given, else the configured ones grown over the I062/290 age; velocity and track number.
   */
  @Test
  void theObservationIsASystemTrackReport() {
    ByteBuffer buf = ByteBuffer.allocate(2 * Cat062Encoder.MAX_RECORD_OCTETS + 3);
    Cat062Record declared = track("BTI2LK");
    Cat062Record bare =
        new Cat062Record(
            25,
            100,
            45830.0,
            4714,
            54.8,
            24.0,
            Double.NaN,
            Double.NaN,
            100,
            0,
            01275,
            -1,
            null,
            90.0,
            Double.NaN,
            0,
            false,
            -1,
            null,
            null,
            Double.NaN,
            4.0);
    Cat062Encoder.encodeBlock(buf, List.of(declared, bare));
    List<SystemTrackMeasurement> m = new ArrayList<>();
    CollectingSink<Object> sink =
        new CollectingSink<>(
            r -> {
              m.add(
                  (SystemTrackMeasurement)
                      new Cat062ObservationAdapter(100, 50, 6)
                          .toObservation(
                              new Cat062View().wrap(r), Instant.parse("2026-11-21T12:45:00Z"))
                          .measurement());
              return r;
            });
    decoder.decode(buf.array(), 0, buf.position(), "t", 0, sink);
    SystemTrackMeasurement a = m.get(0);
    assertThat(a.sourceTrackNumber()).isEqualTo(4713);
    assertThat(a.sigmaEastM()).isEqualTo(40.5);
    assertThat(a.sigmaNorthM()).isEqualTo(61.0);
    assertThat(a.covarianceEastNorthM2()).isEqualTo(-900.0);
    assertThat(a.velocityEastMps()).isEqualTo(228.75);
    assertThat(a.velocityNorthMps()).isEqualTo(-47.25);
    assertThat(a.sigmaVelocityEastMps()).isEqualTo(2.25);
    assertThat(a.sigmaVelocityNorthMps()).isEqualTo(3.5);
    assertThat(a.ageS()).isEqualTo(3.25);
    SystemTrackMeasurement b = m.get(1);
    assertThat(b.sourceTrackNumber()).isEqualTo(4714);
    // No I062/500: 100 m grown by 6 m/s over the 4 s age; the configured velocity error.
    assertThat(b.sigmaEastM()).isCloseTo(Math.hypot(100, 24), within(1e-9));
    assertThat(b.sigmaVelocityEastMps()).isEqualTo(6.0);
    assertThat(b.dimension()).isEqualTo(4);
  }
}
