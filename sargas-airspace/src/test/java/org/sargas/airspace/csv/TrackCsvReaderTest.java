package org.sargas.airspace.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sargas.model.track.Track;

class TrackCsvReaderTest {
  @Test
  void readsColumnsInAnyOrderWithOptionalAltitudeAndSigma() throws Exception {
    String csv =
        "\uFEFFlon_deg,lat_deg,\"track_id\",time_s,sigma_m,alt_m,remark\n"
            + "# a comment\n"
            + "22.6,54.6,B,1761220801.25,40,9000,x\n"
            + "\n"
            + "22.5,54.5,A,1761220800.5,,,\n"
            + "22.5,54.5,C,1761220802,NaN,nan,\n";
    TrackCsv r = new TrackCsvReader().read("t.csv", new StringReader(csv));
    assertThat(r.failures()).isEmpty();
    assertThat(r.updates()).extracting(Track::trackId).containsExactly("A", "B", "C");
    assertThat(r.updates().get(2).position().altitudeM()).isNaN();
    assertThat(r.updates().get(2).varEastM2()).isZero();
    Track a = r.updates().get(0);
    assertThat(a.time()).isEqualTo(Instant.parse("2025-10-23T12:00:00.500Z"));
    assertThat(a.position().altitudeM()).isNaN();
    assertThat(a.varEastM2()).isZero();
    Track b = r.updates().get(1);
    assertThat(b.time()).isEqualTo(Instant.parse("2025-10-23T12:00:01.250Z"));
    assertThat(b.position().latDeg()).isEqualTo(54.6);
    assertThat(b.position().altitudeM()).isEqualTo(9000.0);
    assertThat(b.varNorthM2()).isEqualTo(1600.0);
  }

  @Test
  void badLinesBecomeFailuresAndReadingGoesOn() throws Exception {
    String csv =
        "time_s,track_id,lat_deg,lon_deg,sigma_m\n"
            + "1761220800,A,54.6,22.6,10\n"
            + "1761220800,A,54.7,22.6,10\n"
            + "1761220801,,54.6,22.6,10\n"
            + "1761220802,A,54.6,200,10\n"
            + "1761220803,A,54.6,22.6,-1\n"
            + "NaN,A,54.6,22.6,1\n"
            + "1761220804,A,54.6\n"
            + "1761220805,A,54.6,22.7,5\n";
    TrackCsv r = new TrackCsvReader().read("t.csv", new StringReader(csv));
    assertThat(r.updates()).hasSize(2);
    assertThat(r.failures()).extracting(InputFailure::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L);
    assertThat(r.failures().get(0).toString()).isEqualTo("t.csv line 3: time repeated for track A");
    assertThat(r.failures().get(2).reason()).contains("lon_deg");
    assertThat(r.failures().get(5).reason()).contains("missing lon_deg");
  }

  @Test
  void aHeaderWithoutRequiredColumnsIsRejected() {
    assertThatThrownBy(
            () -> new TrackCsvReader().read("h.csv", new StringReader("t,id,lat,lon\n1,A,2,3\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("h.csv line 1")
        .hasMessageContaining("time_s");
  }
}
