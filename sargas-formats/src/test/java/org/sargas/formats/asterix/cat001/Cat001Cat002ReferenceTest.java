package org.sargas.formats.asterix.cat001;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.RecordingListener;
import org.sargas.formats.SensorCalibration;
import org.sargas.formats.asterix.AsterixDecoder;
import org.sargas.formats.asterix.AsterixRecordSink;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.ContractCheckingVisitor;
import org.sargas.formats.asterix.ItemWalker;
import org.sargas.formats.asterix.NoOpItemVisitor;
import org.sargas.formats.asterix.PcapUdpPayloads;
import org.sargas.formats.asterix.cat002.Cat002MessageType;
import org.sargas.formats.asterix.cat002.Cat002Record;
import org.sargas.formats.asterix.cat002.Cat002View;
import org.sargas.formats.asterix.editions.AsterixEditions;
import org.sargas.formats.asterix.observation.AsterixObservationDecoder;
import org.sargas.model.observation.PolarMeasurement;

/**
 * Our CAT001/CAT002 decoding of the CroatiaControl sample capture {@code cat_001_002.pcap} agrees
 * with that decoder's reference text {@code cat_001_002.txt}: the same records, the same items with
 * the same octets, the same raw values wherever both name a subfield alike; and the observations
 * come out with the truncated time of day completed by the CAT002 time of day. The capture carries
 * each ASTERIX block behind a 6-octet ORADIS header (octet count including the header, 4 octets of
 * the recorder's own), which this test removes (Sargas does not read ORADIS). Skips, saying so,
 * when ../shared/reference-data is absent.
 */
class Cat001Cat002ReferenceTest {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  static Path ref(String rel) {
    String base =
        System.getProperty("sargas.referenceData", System.getenv("SARGAS_REFERENCE_DATA"));
    Path p = base == null ? null : Path.of(base, rel);
    assumeTrue(
        p != null && Files.isRegularFile(p), "reference data absent (" + rel + "); skipping");
    return p;
  }

  /** The ASTERIX blocks of the capture, ORADIS headers removed. */
  static List<byte[]> blocks() throws IOException {
    byte[] file = Files.readAllBytes(ref("asterix/croatiacontrol/cat_001_002.pcap"));
    List<byte[]> out = new ArrayList<>();
    for (PcapUdpPayloads.Payload p : PcapUdpPayloads.read(file)) {
      int pos = p.offset();
      int end = p.offset() + p.length();
      while (pos + 6 <= end) {
        int n = (file[pos] & 0xff) << 8 | (file[pos + 1] & 0xff);
        assertThat(n).as("ORADIS octet count at %d", pos).isBetween(9, end - pos);
        out.add(java.util.Arrays.copyOfRange(file, pos + 6, pos + n));
        pos += n;
      }
      assertThat(pos).isEqualTo(end);
    }
    return out;
  }

  /** Numeric leaves of a record as "ITEM/NAME" → raw. */
  private static final class Leaves extends NoOpItemVisitor {
    final Map<String, Long> raw = new HashMap<>();
    private String item;

    @Override
    public void beginItem(org.sargas.formats.asterix.spec.AsterixItem i) {
      item = i.id();
    }

    @Override
    public void number(String name, long r, double value, String unit, String meaning) {
      if (name != null) {
        raw.put(item + "/" + name.toUpperCase(Locale.ROOT), r);
      }
    }
  }

  record Ours(String hex, Map<String, String> items, Map<String, Long> raw) {}

  @Test
  void recordsAgreeWithTheCroatiaControlTextOutput() throws IOException {
    // Reference: record hex -> item id -> item hex, and "item/NAME" -> raw.
    List<String> lines = Files.readAllLines(ref("asterix/croatiacontrol/cat_001_002.txt"));
    List<String> refRecords = new ArrayList<>();
    Map<String, Map<String, String>> refItems = new HashMap<>();
    Map<String, Map<String, Long>> refRaw = new HashMap<>();
    Pattern itemLine = Pattern.compile("^Item (\\w+) :.*");
    Pattern valueLine = Pattern.compile("^\\t([^:]+): (-?\\d+)\\b.*");
    String record = null;
    String item = null;
    for (int k = 0; k < lines.size(); k++) {
      String l = lines.get(k);
      if (l.startsWith("HexData: ") && k > 0 && lines.get(k - 1).startsWith("CRC")) {
        record = l.substring(9).trim();
        refRecords.add(record);
        refItems.put(record, new LinkedHashMap<>());
        refRaw.put(record, new HashMap<>());
      } else if (record != null && itemLine.matcher(l).matches()) {
        Matcher m = itemLine.matcher(l);
        m.matches();
        item = m.group(1);
        refItems.get(record).put(item, lines.get(k + 1).replaceAll("[\\[\\] ]", ""));
      } else if (record != null && item != null) {
        Matcher v = valueLine.matcher(l);
        if (v.matches()) {
          refRaw
              .get(record)
              .put(
                  item + "/" + v.group(1).trim().toUpperCase(Locale.ROOT),
                  Long.parseLong(v.group(2)));
        }
      }
    }

    List<Ours> ours = new ArrayList<>();
    List<DecodeFailure> failures = new ArrayList<>();
    AsterixDecoder decoder = new AsterixDecoder(AsterixEditions.latest());
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
            new ItemWalker().walk(r, new ContractCheckingVisitor());
            Leaves leaves = new Leaves();
            new ItemWalker().walk(r, leaves);
            ours.add(
                new Ours(
                    HEX.formatHex(
                        r.buffer(), r.recordOffset(), r.recordOffset() + r.recordLength()),
                    items,
                    leaves.raw));
          }

          @Override
          public void failure(DecodeFailure f, int skippedBytes) {
            failures.add(f);
          }
        };
    for (byte[] b : blocks()) {
      decoder.decode(b, 0, b.length, "cat_001_002", 0, sink);
    }
    assertThat(failures).isEmpty();
    assertThat(ours).extracting(Ours::hex).containsExactlyElementsOf(refRecords);
    int compared = 0;
    for (Ours o : ours) {
      assertThat(o.items()).as("items of %s", o.hex()).isEqualTo(refItems.get(o.hex()));
      for (Map.Entry<String, Long> e : refRaw.get(o.hex()).entrySet()) {
        Long mine = o.raw().get(e.getKey());
        if (mine != null) {
          assertThat(mine).as("%s in %s", e.getKey(), o.hex()).isEqualTo(e.getValue());
          compared++;
        }
      }
    }
    assertThat(ours).hasSize(8);
    assertThat(compared).as("values compared by name").isGreaterThan(60);
  }

  @Test
  void viewsReadTheReferenceValues() throws IOException {
    List<Cat001Record> plots = new ArrayList<>();
    List<Cat002Record> service = new ArrayList<>();
    AsterixDecoder decoder = new AsterixDecoder(AsterixEditions.latest());
    for (byte[] b : blocks()) {
      decoder.decode(
          b,
          0,
          b.length,
          "t",
          0,
          new AsterixRecordSink() {
            @Override
            public void record(AsterixRecordView r) {
              if (r.category() == 1) {
                plots.add(new Cat001View().wrap(r).toRecord());
              } else {
                service.add(new Cat002View().wrap(r).toRecord());
              }
            }

            @Override
            public void failure(DecodeFailure f, int skippedBytes) {
              throw new AssertionError(f.toString());
            }
          });
    }
    // Reference text, first record: I001/020 A0 (track, sole secondary), 161 = 3762, RHO 30335
    // (236.9921875 NM), THETA 6292 (34.5629883°), ground speed 2218, heading 17112
    // (93.9990234°), Mode 3/A 1464 octal, Mode C 1480 (FL 370), truncated time 32781 (256.1015625
    // s).
    Cat001Record first = plots.get(0);
    assertThat(first.sac()).isEqualTo(25);
    assertThat(first.sic()).isEqualTo(201);
    assertThat(first.track()).isTrue();
    assertThat(first.detection()).isEqualTo(Cat001Detection.SECONDARY);
    assertThat(first.trackNumber()).isEqualTo(3762);
    assertThat(first.rangeM()).isEqualTo(236.9921875 * 1852);
    assertThat(Math.toDegrees(first.azimuthRad())).isCloseTo(34.5629883, within(1e-7));
    // 2218 × 2⁻¹⁴ NM/s = 487.35 kt; the reference text prints 487.96 kt (it scales by 0.22 kt).
    assertThat(first.groundSpeedMps()).isEqualTo(2218 / 16384.0 * 1852);
    assertThat(Math.toDegrees(first.headingRad())).isCloseTo(93.9990234, within(1e-7));
    assertThat(String.format("%04o", first.mode3a())).isEqualTo("1464");
    assertThat(first.flightLevel()).isEqualTo(370.0);
    assertThat(first.truncatedTimeOfDayS()).isEqualTo(256.1015625);
    assertThat(plots).hasSize(7).allSatisfy(p -> assertThat(p.track()).isTrue());
    // CAT002: sector crossing, sector 80 (112.5°), time of day 5865751 (45826.1796875 s).
    assertThat(service)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.messageType()).isEqualTo(Cat002MessageType.SECTOR_CROSSING);
              assertThat(Math.toDegrees(s.sectorAzimuthRad())).isEqualTo(112.5);
              assertThat(s.timeOfDayS()).isEqualTo(45826.1796875);
            });
  }

  @Test
  void plotsBecomeObservationsTimedByTheCat002TimeOfDay() throws IOException {
    // Received the day the capture's pcap says (45826414 ms after its epoch is meaningless for the
    // day; any day works): 12:43:50, a few seconds after the sector crossing at 12:43:46.18.
    Instant rx = Instant.parse("2026-11-21T12:43:50Z");
    AsterixObservationDecoder d =
        new AsterixObservationDecoder(
            AsterixEditions.latest(),
            List.of(new SensorCalibration("old-radar", 25, 201, null, 60, 0.002, 50, 30)));
    RecordingListener l = new RecordingListener();
    for (byte[] b : blocks()) {
      d.decode(b, 0, b.length, rx, "udp", 0, l);
    }
    assertThat(l.failures).isEmpty();
    assertThat(l.observations).hasSize(7);
    // First track: truncated 256.1015625 s; 45826.18 s = 89 × 512 + 258.18, so the full time is
    // 89 × 512 + 256.1015625 = 45824.1015625 s = 12:43:44.1015625.
    assertThat(l.observations.get(0).time())
        .isEqualTo(Instant.parse("2026-11-21T12:43:44.101562500Z"));
    PolarMeasurement m = (PolarMeasurement) l.observations.get(0).measurement();
    assertThat(m.rangeM()).isEqualTo(236.9921875 * 1852);
    assertThat(m.sigmaRangeM()).isEqualTo(60);
    assertThat(l.observations.get(0).altitudeM()).isCloseTo(370 * 100 * 0.3048, within(1e-9));
    assertThat(l.observations.get(0).identity().mode3a()).isEqualTo("1464");
    assertThat(l.alive).hasSize(8).containsOnly("old-radar");
  }
}
