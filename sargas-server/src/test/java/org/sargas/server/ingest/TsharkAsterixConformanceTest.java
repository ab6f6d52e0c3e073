package org.sargas.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.AsterixDecoder;
import org.sargas.formats.asterix.AsterixRecordSink;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.ItemWalker;
import org.sargas.formats.asterix.cat021.Cat021Encoder;
import org.sargas.formats.asterix.cat021.Cat021Record;
import org.sargas.formats.asterix.cat034.Cat034Encoder;
import org.sargas.formats.asterix.cat034.Cat034Record;
import org.sargas.formats.asterix.cat048.Cat048DetectionType;
import org.sargas.formats.asterix.cat048.Cat048Encoder;
import org.sargas.formats.asterix.cat048.Cat048Record;
import org.sargas.formats.asterix.cat062.Cat062Encoder;
import org.sargas.formats.asterix.cat062.Cat062Record;
import org.sargas.formats.asterix.editions.AsterixEditions;

/**
 * What our encoders write, Wireshark's ASTERIX dissector (tshark) reads back with the same values,
 * field by field, wherever both name a subfield alike. Skips when tshark is not installed.
 */
public class TsharkAsterixConformanceTest {
  private static final Pattern FIELD =
      Pattern.compile("\"asterix\\.(\\d{3})_(\\w+?)_(\\w+)\": \"([^\"]*)\"");

  /** Whether tshark is on the PATH. */
  public static boolean tsharkInstalled() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, "tshark"))) {
        return true;
      }
    }
    return false;
  }

  /** A pcap with one Ethernet/IPv4/UDP packet (to port 8600) per datagram. */
  public static byte[] pcap(List<byte[]> datagrams) {
    int size = 24;
    for (byte[] d : datagrams) {
      size += 16 + 42 + d.length;
    }
    ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0xa1b2c3d4)
        .putShort((short) 2)
        .putShort((short) 4)
        .putInt(0)
        .putInt(0)
        .putInt(65535)
        .putInt(1);
    int t = 0;
    for (byte[] d : datagrams) {
      b.order(ByteOrder.LITTLE_ENDIAN)
          .putInt(1_700_000_000 + t++)
          .putInt(0)
          .putInt(42 + d.length)
          .putInt(42 + d.length);
      b.order(ByteOrder.BIG_ENDIAN);
      b.put(new byte[] {1, 0, 0x5e, 2, 1, 1, 2, 0, 0, 0, 0, 1}).putShort((short) 0x0800);
      b.put((byte) 0x45)
          .put((byte) 0)
          .putShort((short) (28 + d.length))
          .putInt(0)
          .put((byte) 64)
          .put((byte) 17)
          .putShort((short) 0)
          .put(new byte[] {10, 0, 0, 1})
          .put(new byte[] {(byte) 232, 2, 1, 1});
      b.putShort((short) 40000)
          .putShort((short) 8600)
          .putShort((short) (8 + d.length))
          .putShort((short) 0);
      b.put(d);
    }
    return b.array();
  }

  static byte[] block(Consumer<ByteBuffer> writer) {
    ByteBuffer buf = ByteBuffer.allocate(256);
    writer.accept(buf);
    byte[] d = new byte[buf.position()];
    System.arraycopy(buf.array(), 0, d, 0, d.length);
    return d;
  }

  @Test
  void tsharkReadsOurEncodedCategoriesAsWeDo(@TempDir Path tmp) throws Exception {
    assumeTrue(tsharkInstalled(), "tshark not installed; skipping the tshark comparison");
    List<byte[]> datagrams =
        List.of(
            block(
                b ->
                    Cat048Encoder.encodeBlock(
                        b,
                        List.of(
                            new Cat048Record(
                                25,
                                201,
                                27354.6015625,
                                Cat048DetectionType.MODE_S_ROLL_CALL,
                                197.68359375 * 1852,
                                Math.toRadians(340.13671875),
                                01000,
                                330.0,
                                0x3C660C,
                                "DLH65A",
                                3563,
                                0.12066650390625 * 1852,
                                Math.toRadians(124.002685546875))))),
            block(
                b ->
                    Cat034Encoder.encodeBlock(
                        b, Cat034Record.sectorCrossing(25, 13, 27355.953125, Math.toRadians(135)))),
            block(
                b -> Cat034Encoder.encodeBlock(b, Cat034Record.northMarker(25, 13, 27356.0, 4.0))),
            block(
                b ->
                    Cat021Encoder.encodeBlock(
                        b,
                        List.of(
                            new Cat021Record(
                                25,
                                1,
                                40000.5,
                                0x4CA7A8,
                                54.6872,
                                25.2797,
                                370.25,
                                38000.0,
                                230.0,
                                Math.toRadians(75.5),
                                -1200.0,
                                "RYR174C",
                                77)))),
            block(
                b ->
                    Cat062Encoder.encodeBlock(
                        b,
                        List.of(
                            new Cat062Record(
                                25,
                                100,
                                45827.3984375,
                                4713,
                                41.1671233,
                                15.7088667,
                                -29514.5,
                                -507088.0,
                                228.75,
                                -47.25,
                                01275,
                                0x4CA7A8,
                                "RYR174C",
                                390.0,
                                36481.25,
                                -640.0,
                                false)))));
    Path file = tmp.resolve("ours.pcap");
    Files.write(file, pcap(datagrams));
    Process p =
        new ProcessBuilder(
                "tshark", "-r", file.toString(), "-d", "udp.port==8600,asterix", "-T", "json")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String[] packets = json.split("\"_index\"");
    assertThat(packets).hasSize(datagrams.size() + 1);
    AsterixDecoder decoder = new AsterixDecoder(AsterixEditions.latest());
    int compared = 0;
    for (int k = 0; k < datagrams.size(); k++) {
      byte[] d = datagrams.get(k);
      List<Map<String, LeafCollector.Leaf>> ours = new ArrayList<>();
      decoder.decode(
          d,
          0,
          d.length,
          "ours",
          0,
          new AsterixRecordSink() {
            @Override
            public void record(AsterixRecordView r) {
              LeafCollector c = new LeafCollector();
              new ItemWalker().walk(r, c);
              ours.add(c.leaves);
            }

            @Override
            public void failure(DecodeFailure f, int skippedBytes) {
              throw new AssertionError(f.toString());
            }
          });
      assertThat(ours).hasSize(1);
      Map<String, LeafCollector.Leaf> leaves = ours.get(0);
      Matcher m = FIELD.matcher(packets[k + 1]);
      int before = compared;
      while (m.find()) {
        String key = (m.group(2) + "/" + m.group(3)).toUpperCase(Locale.ROOT);
        LeafCollector.Leaf leaf = leaves.get(key);
        if (leaf == null && m.group(3).equals("VALUE")) {
          leaf = leaves.get(m.group(2) + "/");
        }
        if (leaf == null) {
          continue;
        }
        String v = m.group(4);
        String what = "CAT" + m.group(1) + " " + key + " tshark=" + v;
        if (leaf.text() != null && v.matches("\\d+") && !leaf.text().equals(v)) {
          // tshark prints octal Mode 3/A codes as their integer value.
          assertThat(leaf.raw()).as(what).isEqualTo(Long.parseLong(v));
        } else if (leaf.text() != null) {
          assertThat(leaf.text().strip()).as(what).isEqualTo(v.strip());
        } else if (v.startsWith("0x") && v.length() <= 18) {
          assertThat(leaf.raw()).as(what).isEqualTo(Long.parseUnsignedLong(v.substring(2), 16));
        } else {
          double expected = Double.parseDouble(v);
          double actual = Double.isNaN(leaf.value()) ? leaf.raw() : leaf.value();
          if (actual != expected
              && Math.abs(actual - expected) > 1e-9 * Math.max(1, Math.abs(expected))) {
            assertThat((double) leaf.raw()).as(what).isEqualTo(expected);
          }
        }
        compared++;
      }
      assertThat(compared - before).as("fields compared in datagram %d", k).isGreaterThan(3);
    }
  }
}
