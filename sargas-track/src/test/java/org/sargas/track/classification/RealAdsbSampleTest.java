package org.sargas.track.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sargas.model.observation.EmitterCategory;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.Classification;
import org.sargas.model.track.TargetClass;

/**
 * Real kinematics: the 2,000 ADS-B frames of pyModeS's sample (EZY85MH, 406B90, 12 minutes at
 * FL360) as pyModeS 2.21.1 decodes them (golden_v2.json). Its identification message carries
 * emitter category A0 (no information), so it gives no label; the label AIRLINER comes from the
 * operator designator EZY (easyJet, an A319/A320 operator). The decoded ground speed, track,
 * vertical rate and altitude feed the classification chain; positions are integrated from the
 * velocity (the tracker's filter is not involved). Skips when ../shared/reference-data is absent.
 */
class RealAdsbSampleTest {
  private static final Pattern ENTRY = Pattern.compile("\"([0-9a-f]{28})\"\\s*:\\s*\\{([^}]*)}");
  private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"?([^,\"\\n]*)\"?");

  static Path ref(String rel) {
    String base =
        System.getProperty("sargas.referenceData", System.getenv("SARGAS_REFERENCE_DATA"));
    Path p = base == null ? null : Path.of(base, rel);
    assumeTrue(
        p != null && Files.isRegularFile(p), "reference data absent (" + rel + "); skipping");
    return p;
  }

  @Test
  void easyJet85MhAtFl360IsAnAirlinerOnKinematicsAndTransponder() throws IOException {
    Map<String, Map<String, String>> golden = golden(ref("modes/pymodes/golden_v2.json"));
    List<String> rows =
        Files.readAllLines(ref("modes/pymodes/sample_data_adsb.csv"), StandardCharsets.UTF_8);
    // Per second of the recording: the last decoded velocity and altitude.
    TreeMap<Long, double[]> velocity = new TreeMap<>();
    TreeMap<Long, Double> altitudeFt = new TreeMap<>();
    EmitterCategory category = null;
    String callsign = null;
    String icao = null;
    for (String row : rows) {
      String[] c = row.replace("\"", "").split(",");
      Map<String, String> g = golden.get(c[1].trim().toLowerCase(Locale.ROOT));
      if (g == null) {
        continue;
      }
      long t = Long.parseLong(c[0].trim());
      icao = g.get("icao").toUpperCase(Locale.ROOT);
      switch (g.getOrDefault("typecode", "")) {
        case "19":
          velocity.put(
              t,
              new double[] {
                Double.parseDouble(g.get("groundspeed")),
                Double.parseDouble(g.get("track")),
                Double.parseDouble(g.get("vertical_rate"))
              });
          break;
        case "11":
          altitudeFt.put(t, Double.parseDouble(g.get("altitude")));
          break;
        case "4":
          category = EmitterCategory.ofAdsb(4, Integer.parseInt(g.get("category")));
          callsign = g.get("callsign").replace("_", "");
          break;
        default:
          break;
      }
    }
    assertThat(velocity).hasSizeGreaterThan(50);
    assertThat(category).isEqualTo(EmitterCategory.NO_INFORMATION);
    assertThat(callsign).isEqualTo("EZY85MH");

    Identity id = new Identity(icao, callsign, null, null, null);
    AircraftDescription declared = AircraftDescription.of(category);
    RuleBasedClassifier classifier = new RuleBasedClassifier();
    KinematicHistory history = new KinematicHistory();
    ClassificationHysteresis hysteresis = new ClassificationHysteresis();
    long t0 = velocity.firstKey();
    double east = 0;
    double north = 0;
    long previous = t0;
    int updates = 0;
    Classification shown = Classification.UNKNOWN;
    for (Map.Entry<Long, double[]> e : velocity.entrySet()) {
      double[] v = e.getValue();
      double speed = v[0] * 1852 / 3600;
      double track = Math.toRadians(v[1]);
      double dt = e.getKey() - previous;
      east += speed * Math.sin(track) * dt;
      north += speed * Math.cos(track) * dt;
      previous = e.getKey();
      Map.Entry<Long, Double> alt = altitudeFt.floorEntry(e.getKey());
      double altitudeM = alt == null ? Double.NaN : alt.getValue() * 0.3048;
      updates++;
      history.add(
          e.getKey() - t0,
          east,
          north,
          speed * Math.sin(track),
          speed * Math.cos(track),
          altitudeM,
          Double.isNaN(altitudeM) ? Double.NaN : v[2] * 0.3048 / 60,
          updates);
      TrackFeatures f = history.features(1.0, altitudeM, updates, id, declared);
      shown = hysteresis.accept(classifier.classify(f), f.transponder(), e.getKey() - t0);
      assertThat(shown.targetClass()).isIn(TargetClass.UNKNOWN, TargetClass.AIRLINER);
    }
    assertThat(shown.targetClass()).isEqualTo(TargetClass.AIRLINER);
    assertThat(shown.reason()).startsWith("Mode S + Mode C, FL36").contains("254 m/s");
  }

  private static Map<String, Map<String, String>> golden(Path p) throws IOException {
    String text = Files.readString(p, StandardCharsets.UTF_8);
    Map<String, Map<String, String>> out = new HashMap<>();
    Matcher m = ENTRY.matcher(text);
    while (m.find()) {
      Map<String, String> fields = new HashMap<>();
      Matcher f = FIELD.matcher(m.group(2));
      while (f.find()) {
        fields.put(f.group(1), f.group(2).trim());
      }
      out.put(m.group(1), fields);
    }
    return out;
  }
}
