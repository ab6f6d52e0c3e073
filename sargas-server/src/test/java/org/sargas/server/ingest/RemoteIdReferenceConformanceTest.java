package org.sargas.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.remoteid.RemoteIdDecoder;
import org.sargas.formats.remoteid.RemoteIdMessage;

/**
 * Our Remote ID decoding of the opendroneid sample captures (Bluetooth 5 long range, Wi-Fi beacon,
 * Wi-Fi NaN) agrees with the per-packet decodes of tshark + the opendroneid Lua dissector (raw
 * integers), frame by frame, on every field both produce. Not compared: the dissector's
 * loc_timeStamp, which does not match octets 21-22 of the Location message it decoded (those are
 * zero in the samples). Frames the radio corrupted (the dissector decodes garbage; we report a
 * failure) are counted, not compared.
 */
class RemoteIdReferenceConformanceTest {

  record Decoded(int counter, List<RemoteIdMessage> messages, boolean failed) {}

  @ParameterizedTest
  @ValueSource(
      strings = {"odid_wifi_bcn_sample.pcap", "odid_wifi_sample.pcap", "odid_bt5_lr_sample.pcapng"})
  void agreesWithTheDissectorsPerPacketDecodes(String capture) throws IOException {
    Path pcap = AsterixReferenceConformanceTest.ref("remoteid/" + capture);
    Path psv =
        AsterixReferenceConformanceTest.ref(
            "remoteid/" + capture.substring(0, capture.indexOf('.')) + ".decoded.psv");
    Map<Integer, Decoded> ours = new HashMap<>();
    int[] frame = new int[1];
    CaptureReader.read(
        Files.readAllBytes(pcap),
        capture,
        p -> {
          frame[0]++;
          RemoteIdFrames.find(
              p,
              (link, counter, b, off, len) -> {
                List<RemoteIdMessage> ms = new ArrayList<>();
                DecodeFailure f = RemoteIdDecoder.decode(b, off, len, capture, off, ms::add);
                ours.put(frame[0], new Decoded(counter, ms, f != null));
              });
        },
        f -> {
          throw new AssertionError(f.toString());
        });
    List<String> lines = Files.readAllLines(psv, StandardCharsets.ISO_8859_1);
    int compared = 0;
    int corrupted = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\\|", -1);
      int n = Integer.parseInt(c[0]);
      Decoded d = ours.get(n);
      assertThat(d).as("frame %d has a Remote ID payload", n).isNotNull();
      assertThat(d.counter()).as("frame %d counter", n).isEqualTo(Integer.parseInt(c[1]));
      StringBuilder types = new StringBuilder("15");
      d.messages().forEach(m -> types.append(';').append(m.type().code()));
      boolean multiValued =
          String.join("|", java.util.Arrays.copyOfRange(c, 3, c.length)).contains(";");
      if (line.contains("\u00ef\u00bf\u00bd") || multiValued) {
        // The dissector printed U+FFFD or two messages of one type: a frame corrupted on air
        // that happens to parse.
        corrupted++;
        continue;
      }
      if (d.failed() || !types.toString().equals(c[2])) {
        // Corrupted on air: the dissector shows garbage; we must have reported a failure.
        assertThat(d.failed()).as("frame %d types ours %s theirs %s", n, types, c[2]).isTrue();
        corrupted++;
        continue;
      }
      for (RemoteIdMessage m : d.messages()) {
        String at = "frame " + n + " " + m.type();
        if (m instanceof RemoteIdMessage.BasicId b && !c[3].isEmpty() && !c[3].contains(";")) {
          assertThat(b.idType().code()).as(at).isEqualTo(Integer.parseInt(c[3]));
          assertThat(b.uaType().code()).as(at).isEqualTo(Integer.parseInt(c[4]));
          assertThat(b.uasId()).as(at).isEqualTo(c[5]);
          compared += 3;
        } else if (m instanceof RemoteIdMessage.LocationVector l) {
          assertThat(l.status().code()).as(at).isEqualTo(Integer.parseInt(c[6]));
          int dir = Integer.parseInt(c[7]);
          if (dir <= 179) {
            assertThat(l.directionDeg() % 180).as(at).isEqualTo(dir);
          } else {
            assertThat(l.directionDeg()).as(at).isNaN();
          }
          int speed = Integer.parseInt(c[8]);
          if (speed == 255) {
            assertThat(l.speedMps()).as(at).isNaN();
          } else if (l.speedMps() <= 63.75) {
            assertThat(l.speedMps()).as(at).isEqualTo(speed * 0.25);
          }
          int vs = Integer.parseInt(c[9]);
          assertThat(
                  Double.isNaN(l.verticalSpeedMps())
                      ? 126
                      : (int) Math.round(l.verticalSpeedMps() * 2))
              .as(at)
              .isEqualTo(vs);
          long lat = Long.parseLong(c[10]);
          long lon = Long.parseLong(c[11]);
          if (lat == 0 && lon == 0) {
            assertThat(l.latDeg()).as(at).isNaN();
          } else {
            assertThat(l.latDeg()).as(at).isCloseTo(lat * 1e-7, within(1e-12));
            assertThat(l.lonDeg()).as(at).isCloseTo(lon * 1e-7, within(1e-12));
          }
          assertAltitude(l.pressureAltitudeM(), c[12], at);
          assertAltitude(l.geodeticAltitudeM(), c[13], at);
          assertAltitude(l.heightM(), c[14], at);
          compared += 9;
        } else if (m instanceof RemoteIdMessage.SelfId s && !c[16].isEmpty()) {
          assertThat(s.description()).as(at).isEqualTo(c[16]);
          compared++;
        } else if (m instanceof RemoteIdMessage.SystemInfo s && !c[17].isEmpty()) {
          assertThat(s.operatorLatDeg())
              .as(at)
              .isCloseTo(Long.parseLong(c[17]) * 1e-7, within(1e-12));
          assertThat(s.operatorLonDeg())
              .as(at)
              .isCloseTo(Long.parseLong(c[18]) * 1e-7, within(1e-12));
          compared += 2;
        } else if (m instanceof RemoteIdMessage.OperatorId o && !c[19].isEmpty()) {
          assertThat(o.operatorId()).as(at).isEqualTo(c[19]);
          compared++;
        }
      }
    }
    assertThat(compared).as("fields compared").isGreaterThan(20);
    assertThat(corrupted).as("corrupted frames").isLessThan(10);
  }

  private static void assertAltitude(double ours, String raw, String at) {
    int r = Integer.parseInt(raw);
    if (r == 0) {
      assertThat(ours).as(at).isNaN();
    } else {
      assertThat(ours).as(at).isEqualTo(r * 0.5 - 1000);
    }
  }
}
