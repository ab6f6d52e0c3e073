package org.sargas.formats.modes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sargas.formats.DecodeFailure;

/**
 * Our Mode S decoding agrees with pyModeS 2.21.1 (golden_v2.json) on every frame it covers, and our
 * CPR positions agree with dump1090-mutability's SBS output for the same 2,000 frames. Skips when
 * ../shared/reference-data is absent.
 */
class ModeSReferenceConformanceTest {
  static Path ref(String rel) {
    String base =
        System.getProperty("sargas.referenceData", System.getenv("SARGAS_REFERENCE_DATA"));
    Path p = base == null ? null : Path.of(base, rel);
    assumeTrue(
        p != null && Files.isRegularFile(p), "reference data absent (" + rel + "); skipping");
    return p;
  }

  private static void compare(String hex, JsonNode g, ModeSFields f) {
    String what = hex + " " + g;
    assertThat(f.df).as(what).isEqualTo(g.get("df").asInt());
    assertThat(f.icaoHex()).as(what).isEqualToIgnoringCase(g.get("icao").asText());
    if (g.has("typecode")) {
      assertThat(f.typeCode).as(what).isEqualTo(g.get("typecode").asInt());
    }
    if (g.has("callsign")) {
      assertThat(new String(f.callsign, 0, f.callsignLength).replace(' ', '_'))
          .as(what)
          .isEqualTo(g.get("callsign").asText());
    }
    if (g.has("category")) {
      assertThat(f.category).as(what).isEqualTo(g.get("category").asInt());
    }
    if (g.has("altitude") && !g.get("altitude").isNull()) {
      assertThat(f.altitudeFt).as(what).isEqualTo(g.get("altitude").asDouble());
    }
    if (g.has("cpr_format")) {
      assertThat(f.cprFormat).as(what).isEqualTo(g.get("cpr_format").asInt());
    }
    if (g.has("groundspeed") && f.df == 17) {
      // pyModeS truncates the speed to whole knots; we keep the fraction.
      assertThat(Math.floor(f.groundSpeedKt)).as(what).isEqualTo(g.get("groundspeed").asDouble());
    }
    if (g.has("track")) {
      assertThat(f.trackDeg).as(what).isCloseTo(g.get("track").asDouble(), within(1e-6));
    }
    if (g.has("vertical_rate")) {
      assertThat(f.verticalRateFtMin).as(what).isEqualTo(g.get("vertical_rate").asDouble());
    }
    if (g.has("squawk") && f.df != 20) {
      assertThat(String.format("%04o", f.squawk)).as(what).isEqualTo(g.get("squawk").asText());
    }
  }

  @Test
  void everyFrameAgreesWithPyModeSAndPositionsWithDump1090() throws IOException {
    List<String> csv = Files.readAllLines(ref("modes/pymodes/sample_data_adsb.csv"));
    JsonNode golden = new ObjectMapper().readTree(ref("modes/pymodes/golden_v2.json").toFile());
    List<String> sbs =
        Files.readAllLines(ref("modes/dump1090-derived/sample_data_adsb.dump1090-mutability.sbs"));
    assertThat(csv).hasSize(2000);
    assertThat(sbs).hasSize(2000);
    ModeSDecoder decoder = new ModeSDecoder();
    ModeSFields f = new ModeSFields();
    int goldenCompared = 0;
    int positionsCompared = 0;
    int dump1090Positions = 0;
    for (int k = 0; k < csv.size(); k++) {
      String[] c = csv.get(k).split(",");
      String hex = c[1].replace("\"", "");
      byte[] frame = HexFormat.of().parseHex(hex);
      DecodeFailure failure =
          decoder.decode(frame, 0, frame.length, Long.parseLong(c[0]) * 1000, f, "csv", k);
      assertThat(failure).as(hex).isNull();
      JsonNode g = golden.get(hex.toLowerCase(java.util.Locale.ROOT));
      if (g != null) {
        compare(hex, g, f);
        goldenCompared++;
      }
      String[] s = sbs.get(k).split(",", -1);
      if (!s[14].isEmpty()) {
        dump1090Positions++;
        assertThat(f.latDeg)
            .as("frame %d %s lat", k, hex)
            .isCloseTo(Double.parseDouble(s[14]), within(6e-6));
        assertThat(f.lonDeg)
            .as("frame %d %s lon", k, hex)
            .isCloseTo(Double.parseDouble(s[15]), within(6e-6));
        positionsCompared++;
      }
    }
    assertThat(goldenCompared).isGreaterThanOrEqualTo(200 * 1);
    assertThat(positionsCompared).isEqualTo(dump1090Positions).isGreaterThan(800);
  }

  @Test
  void commBRepliesAgreeWithPyModeSOnAddressAltitudeAndIdentity() throws IOException {
    JsonNode golden = new ObjectMapper().readTree(ref("modes/pymodes/golden_v2.json").toFile());
    ModeSDecoder decoder = new ModeSDecoder();
    ModeSFields f = new ModeSFields();
    int compared = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = golden.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      int df = e.getValue().get("df").asInt();
      if (df != 20 && df != 21) {
        continue;
      }
      byte[] frame = HexFormat.of().parseHex(e.getKey());
      assertThat(decoder.decode(frame, 0, frame.length, 0, f, "golden", 0)).isNull();
      compare(e.getKey(), e.getValue(), f);
      assertThat(f.icaoTrusted).as("address/parity reply from an unknown address").isFalse();
      compared++;
    }
    assertThat(compared).isEqualTo(400);
  }

  @Test
  void dump1090SbsOutputParsesWithinTheDomains() throws IOException {
    List<String> sbs =
        Files.readAllLines(ref("modes/dump1090-derived/sample_data_adsb.dump1090-mutability.sbs"));
    List<DecodeFailure> failures = new java.util.ArrayList<>();
    long parsed =
        sbs.stream().filter(l -> SbsParser.parse(l, "sbs", 0, failures::add) != null).count();
    assertThat(failures).isEmpty();
    assertThat(parsed).isEqualTo(2000);
  }
}
