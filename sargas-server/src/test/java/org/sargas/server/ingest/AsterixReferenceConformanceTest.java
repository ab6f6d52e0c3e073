package org.sargas.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.AsterixDecoder;
import org.sargas.formats.asterix.AsterixRecordSink;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.ItemWalker;
import org.sargas.formats.asterix.cat048.Cat048View;
import org.sargas.formats.asterix.editions.AsterixEditions;

/**
 * Our ASTERIX decoding of the CroatiaControl sample captures agrees with that decoder's reference
 * outputs: the same records, the same items with the same octets, and the same values wherever both
 * name a subfield alike. Skips when ../shared/reference-data is absent.
 */
class AsterixReferenceConformanceTest {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  record Decoded(
      String recordHex,
      Map<String, String> itemHex,
      Map<String, LeafCollector.Leaf> leaves,
      int category) {}

  static Path ref(String rel) {
    String base =
        System.getProperty("sargas.referenceData", System.getenv("SARGAS_REFERENCE_DATA"));
    Path p = base == null ? null : Path.of(base, rel);
    assumeTrue(
        p != null && Files.isRegularFile(p), "reference data absent (" + rel + "); skipping");
    return p;
  }

  static List<Decoded> decodePcap(Path pcap, List<DecodeFailure> failures) throws IOException {
    byte[] file = Files.readAllBytes(pcap);
    AsterixDecoder decoder = new AsterixDecoder(AsterixEditions.latest());
    ItemWalker walker = new ItemWalker();
    List<Decoded> out = new ArrayList<>();
    AsterixRecordSink sink =
        new AsterixRecordSink() {
          @Override
          public void record(AsterixRecordView r) {
            Map<String, String> items = new LinkedHashMap<>();
            for (int k = 0; k < r.slots(); k++) {
              if (r.has(k)) {
                items.put(
                    r.spec().uap().get(k).id(),
                    HEX.formatHex(r.buffer(), r.itemOffset(k), r.itemOffset(k) + r.itemLength(k)));
              }
            }
            LeafCollector c = new LeafCollector();
            walker.walk(r, c);
            out.add(
                new Decoded(
                    HEX.formatHex(
                        r.buffer(), r.recordOffset(), r.recordOffset() + r.recordLength()),
                    items,
                    c.leaves,
                    r.category()));
          }

          @Override
          public void failure(DecodeFailure f, int skippedBytes) {
            failures.add(f);
          }
        };
    CaptureReader.read(
        file,
        pcap.toString(),
        p -> {
          UdpPayload u = UdpPayload.of(p);
          if (u != null) {
            decoder.decode(p.data(), u.offset(), u.length(), "pcap", u.offset(), sink);
          }
        },
        failures::add);
    return out;
  }

  @Test
  void cat034And048AgreeWithTheCroatiaControlTextOutput() throws IOException {
    Path pcap = ref("asterix/croatiacontrol/cat_034_048.pcap");
    Path txt = ref("asterix/croatiacontrol/cat_034_048.txt");
    // Reference: record hex -> item id -> (item hex, "Name" -> raw).
    Map<String, Map<String, String>> refItems = new HashMap<>();
    Map<String, Map<String, Map<String, Long>>> refRaw = new HashMap<>();
    int refRecords = 0;
    String record = null;
    String item = null;
    Pattern itemLine = Pattern.compile("^Item (\\w+) :.*");
    Pattern valueLine = Pattern.compile("^\\t([^:]+): (-?\\d+)\\b.*");
    List<String> lines = Files.readAllLines(txt);
    for (int k = 0; k < lines.size(); k++) {
      String l = lines.get(k);
      if (l.startsWith("Data Record")) {
        refRecords++;
      } else if (l.startsWith("HexData: ") && k > 0 && lines.get(k - 1).startsWith("CRC")) {
        record = l.substring(9).trim();
        refItems.putIfAbsent(record, new LinkedHashMap<>());
        refRaw.putIfAbsent(record, new HashMap<>());
      } else if (itemLine.matcher(l).matches() && record != null) {
        Matcher m = itemLine.matcher(l);
        m.matches();
        item = m.group(1);
        String hex = lines.get(k + 1).replaceAll("[\\[\\] ]", "");
        refItems.get(record).put(item, hex);
        refRaw.get(record).put(item, new HashMap<>());
      } else if (item != null && record != null) {
        Matcher v = valueLine.matcher(l);
        if (v.matches()) {
          refRaw
              .get(record)
              .get(item)
              .put(v.group(1).trim().toUpperCase(Locale.ROOT), Long.parseLong(v.group(2)));
        }
      }
    }
    List<DecodeFailure> failures = new ArrayList<>();
    List<Decoded> ours = decodePcap(pcap, failures);
    assertThat(failures).isEmpty();
    assertThat(ours).hasSize(refRecords);
    int compared = 0;
    for (Decoded d : ours) {
      Map<String, String> expected = refItems.get(d.recordHex());
      assertThat(expected).as("record %s in reference", d.recordHex()).isNotNull();
      assertThat(d.itemHex()).as("items of %s", d.recordHex()).isEqualTo(expected);
      for (Map.Entry<String, Map<String, Long>> it : refRaw.get(d.recordHex()).entrySet()) {
        for (Map.Entry<String, Long> nv : it.getValue().entrySet()) {
          LeafCollector.Leaf leaf = d.leaves().get(it.getKey() + "/" + nv.getKey());
          if (leaf != null && leaf.text() == null) {
            assertThat(leaf.raw())
                .as("%s/%s in %s", it.getKey(), nv.getKey(), d.recordHex())
                .isEqualTo(nv.getValue());
            compared++;
          }
        }
      }
    }
    assertThat(compared).as("subfields compared by name").isGreaterThan(2000);
  }

  @Test
  void cat048TypedViewReadsDlh65aAsTheReferenceDoes() throws IOException {
    Path pcap = ref("asterix/croatiacontrol/cat_034_048.pcap");
    byte[] file = Files.readAllBytes(pcap);
    AsterixDecoder decoder = new AsterixDecoder(AsterixEditions.latest());
    Cat048View v = new Cat048View();
    List<String> seen = new ArrayList<>();
    CaptureReader.read(
        file,
        "pcap",
        p -> {
          UdpPayload u = UdpPayload.of(p);
          decoder.decode(
              p.data(),
              u.offset(),
              u.length(),
              "pcap",
              0,
              new AsterixRecordSink() {
                @Override
                public void record(AsterixRecordView r) {
                  if (r.category() == 48
                      && "DLH65A".equals(v.wrap(r).callsign())
                      && seen.isEmpty()) {
                    seen.add(
                        String.format(
                            Locale.ROOT,
                            "%d/%d %.7f %.7f %s %.1f %06X %d %.4f",
                            v.sac(),
                            v.sic(),
                            v.rhoNm(),
                            v.thetaDeg(),
                            String.format("%04o", v.mode3a()),
                            v.flightLevel(),
                            v.icaoAddress(),
                            v.trackNumber(),
                            v.timeOfDayS()));
                  }
                }

                @Override
                public void failure(DecodeFailure f, int skippedBytes) {
                  throw new AssertionError(f.toString());
                }
              });
        },
        f -> {
          throw new AssertionError(f.toString());
        });
    // Reference text: SAC 25 SIC 201, RHO 197.6835938 NM, THETA 340.1367188 deg, Mode 3/A 1000,
    // FL 330, address 3C660C, track 3563, time of day 27354.6015625 s.
    assertThat(seen)
        .containsExactly("25/201 197.6835938 340.1367188 1000 330.0 3C660C 3563 27354.6016");
  }

  @Test
  void cat062And065AgreeWithTheCroatiaControlJsonOutput() throws IOException {
    Path pcap = ref("asterix/croatiacontrol/cat_062_065.pcap");
    Path json = ref("asterix/croatiacontrol/cat_062_065_json.txt");
    ObjectMapper om = new ObjectMapper();
    Map<String, JsonNode> byHex = new HashMap<>();
    int refCount = 0;
    for (String l : Files.readAllLines(json)) {
      if (l.isBlank()) {
        continue;
      }
      JsonNode n = om.readTree(l);
      byHex.put(n.get("hexdata").asText().toUpperCase(Locale.ROOT), n);
      refCount++;
    }
    List<DecodeFailure> failures = new ArrayList<>();
    List<Decoded> ours = decodePcap(pcap, failures);
    assertThat(failures).isEmpty();
    assertThat(ours).hasSize(refCount);
    int compared = 0;
    for (Decoded d : ours) {
      JsonNode n = byHex.get(d.recordHex());
      assertThat(n).as("record %s in reference", d.recordHex()).isNotNull();
      JsonNode items = n.get(String.format("CAT%03d", d.category()));
      List<String> refIds = new ArrayList<>();
      items.fieldNames().forEachRemaining(f -> refIds.add(f.substring(1)));
      assertThat(d.itemHex().keySet()).containsExactlyInAnyOrderElementsOf(refIds);
      Map<String, JsonNode> leaves = new LinkedHashMap<>();
      flatten("", items, leaves);
      for (Map.Entry<String, JsonNode> e : leaves.entrySet()) {
        String key = e.getKey().substring(2).toUpperCase(Locale.ROOT);
        LeafCollector.Leaf ourLeaf = d.leaves().get(key);
        if (ourLeaf == null) {
          String[] parts = key.split("/");
          ourLeaf = d.leaves().get(parts[0] + "/" + parts[parts.length - 1]);
        }
        if (ourLeaf == null) {
          continue;
        }
        JsonNode v = e.getValue();
        if (v.isNumber() && ourLeaf.text() == null) {
          double ours1 = Double.isNaN(ourLeaf.value()) ? ourLeaf.raw() : ourLeaf.value();
          assertThat(ours1)
              .as("%s in %s", key, d.recordHex())
              .isCloseTo(
                  v.asDouble(),
                  org.assertj.core.api.Assertions.within(
                      1e-6 * Math.max(1, Math.abs(v.asDouble()))));
          compared++;
        } else if (v.isTextual() && ourLeaf.text() != null) {
          assertThat(ourLeaf.text().strip())
              .as("%s in %s", key, d.recordHex())
              .isEqualTo(v.asText().strip());
          compared++;
        }
      }
    }
    assertThat(compared).as("subfields compared by name").isGreaterThan(100);
  }

  private static void flatten(String prefix, JsonNode n, Map<String, JsonNode> out) {
    if (n.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = n.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getKey().equals("FX") && !e.getKey().equals("spare")) {
          flatten(prefix + "/" + e.getKey(), e.getValue(), out);
        }
      }
    } else if (!n.isArray()) {
      out.put(prefix, n);
    }
  }
}
