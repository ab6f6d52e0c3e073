package org.sargas.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.formats.asterix.cat048.Cat048DetectionType;
import org.sargas.formats.asterix.cat048.Cat048Encoder;
import org.sargas.formats.asterix.cat048.Cat048Record;
import org.sargas.formats.modes.AvrCodec;
import org.sargas.formats.modes.ExtendedSquitterEncoder;
import picocli.CommandLine;

class DecodeCommandTest {
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = SargasCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void asterixRawFileBecomesJsonLinesWithSpecNamesAndSiValues(@TempDir Path tmp) throws Exception {
    ByteBuffer b = ByteBuffer.allocate(256);
    Cat048Encoder.encodeBlock(
        b,
        List.of(
            new Cat048Record(
                25,
                201,
                100.0,
                Cat048DetectionType.SSR,
                10 * 1852.0,
                Math.PI / 2,
                07700,
                120.0,
                -1,
                "SRG1",
                12,
                Double.NaN,
                Double.NaN)));
    Path f = tmp.resolve("plots.ast");
    Files.write(f, java.util.Arrays.copyOf(b.array(), b.position()));
    Run r = run("decode", "--format", "asterix", f.toString());
    assertThat(r.exit()).isZero();
    JsonNode n = new ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow());
    assertThat(n.get("category").asInt()).isEqualTo(48);
    assertThat(n.get("sac").asInt()).isEqualTo(25);
    assertThat(n.at("/I048~1040/RHO/raw").asInt()).isEqualTo(2560);
    assertThat(n.at("/I048~1040/RHO/m").asDouble()).isEqualTo(18520.0);
    assertThat(n.at("/I048~1040/THETA/rad").asDouble()).isEqualTo(1.57079633);
    assertThat(n.at("/I048~1070/MODE3A").asText()).isEqualTo("7700");
    assertThat(n.at("/I048~1240").asText()).isEqualTo("SRG1");
    assertThat(n.at("/I048~1020/TYP").asInt()).isEqualTo(2);
    assertThat(r.err()).contains("1 record(s), 0 error(s)");
  }

  @Test
  void malformedInputIsReportedWithOffsetAndExitCodeOne(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("bad.ast");
    Files.write(f, new byte[] {(byte) 0xF0, 0, 4, (byte) 0x80, 1, 1});
    Run r = run("decode", "--format", "asterix", f.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains(f + " @0: category 240 not supported")
        .contains(f + " @4: truncated");
    assertThat(r.err()).contains("2 error(s), 6 byte(s) skipped");
  }

  @Test
  void beastSbsAndRemoteIdFilesDecode(@TempDir Path tmp) throws Exception {
    byte[] frame = new byte[14];
    ByteBuffer beast = ByteBuffer.allocate(256);
    ExtendedSquitterEncoder.airborneVelocity(0x48AE01, 420, 90, -640, frame, 0);
    org.sargas.formats.modes.BeastEncoder.encode(beast, 12_000_000L, 0x1A, frame, 0, 14);
    Path b = tmp.resolve("feed.beast");
    Files.write(b, java.util.Arrays.copyOf(beast.array(), beast.position()));
    Run r = run("decode", "--format", "beast", b.toString());
    assertThat(r.exit()).isZero();
    JsonNode v = new ObjectMapper().readTree(r.out().strip());
    assertThat(v.get("groundSpeedKt").asDouble()).isEqualTo(420.0);
    assertThat(v.get("signal").asInt()).isEqualTo(26);
    assertThat(v.get("mlat12MHz").asLong()).isEqualTo(12_000_000L);
    Path s = tmp.resolve("feed.sbs");
    String msg =
        "MSG,3,1,1,48AE01,1,2026/11/21,08:00:00.000,2026/11/21,08:00:00.000,,12000,,,54.69,25.28,,,,,,0";
    Files.writeString(s, msg + "\nSTA,,,\n");
    r = run("decode", "--format", "sbs", s.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(new ObjectMapper().readTree(r.out().strip()).get("lat").asDouble()).isEqualTo(54.69);
    assertThat(r.err()).contains("@" + (msg.length() + 1) + ": not an SBS MSG line");
    Path rid = tmp.resolve("rid.bin");
    Files.write(
        rid, java.util.HexFormat.of().parseHex("0012" + "5352472d31323334" + "00".repeat(15)));
    r = run("decode", "--format", "remoteid", rid.toString());
    assertThat(r.exit()).isZero();
    JsonNode m = new ObjectMapper().readTree(r.out().strip());
    assertThat(m.get("msgType").asText()).isEqualTo("BASIC_ID");
    assertThat(m.get("uasId").asText()).isEqualTo("SRG-1234");
  }

  @Test
  void avrFileDecodesPositionsAndMissingFileIsAnEnvironmentError(@TempDir Path tmp)
      throws Exception {
    byte[] frame = new byte[14];
    StringBuilder avr = new StringBuilder();
    ExtendedSquitterEncoder.identification(0x48AE01, 3, "SRG1", frame, 0);
    avr.append(AvrCodec.format(frame, 0, 14)).append('\n');
    ExtendedSquitterEncoder.airbornePosition(0x48AE01, 54.69, 25.28, 12000, false, frame, 0);
    avr.append(AvrCodec.format(frame, 0, 14)).append('\n');
    ExtendedSquitterEncoder.airbornePosition(0x48AE01, 54.69, 25.28, 12000, true, frame, 0);
    avr.append(AvrCodec.format(frame, 0, 14)).append('\n').append("garbage\n");
    Path f = tmp.resolve("feed.avr");
    Files.writeString(f, avr);
    Run r = run("decode", "--format", "avr", f.toString(), tmp.resolve("missing.avr").toString());
    assertThat(r.exit()).isEqualTo(3);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    JsonNode pos = new ObjectMapper().readTree(lines.get(2));
    assertThat(pos.get("icao").asText()).isEqualTo("48AE01");
    assertThat(pos.get("lat").asDouble())
        .isCloseTo(54.69, org.assertj.core.api.Assertions.within(1e-4));
    assertThat(r.err()).contains("not an AVR line").contains("missing.avr: no such file");
  }

  @Test
  void remoteIdLatitude95IsAFailureNamingTheField(@TempDir Path tmp) throws Exception {
    // Location/Vector: 0x12 (type 1, version 2); 0x20 (airborne); direction 10; speed 40; vertical
    // speed 126 (unknown); latitude 950000000 (95.0000000°, int32 LE ×1e-7); longitude 252797000;
    // pressure, geodetic altitude and height unknown (0); accuracies 0x3B; 0x04; timestamp 600;
    // 0x01; 0. Then a valid Basic ID, which still decodes.
    String location =
        "12"
            + "20"
            + "0a"
            + "28"
            + "7e"
            + "80d99f38"
            + "4860110f"
            + "0000"
            + "0000"
            + "0000"
            + "3b"
            + "04"
            + "5802"
            + "01"
            + "00";
    String basic = "00" + "12" + "5352472d31323334" + "00".repeat(15);
    Path rid = tmp.resolve("lat95.bin");
    Files.write(rid, java.util.HexFormat.of().parseHex(location + basic));
    Run r = run("decode", "--format", "remoteid", rid.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains(rid + " @5: Remote ID Location/Vector latitude 95.0000000° outside [-90, 90]")
        .contains("1 record(s), 1 error(s), 25 byte(s) skipped");
    assertThat(new ObjectMapper().readTree(r.out().strip()).get("msgType").asText())
        .isEqualTo("BASIC_ID");
  }

  /** A little-endian pcap global header (Ethernet) followed by {@code records}. */
  private static byte[] pcap(byte[] records) {
    ByteBuffer b = ByteBuffer.allocate(24 + records.length).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0);
    b.putInt(65535).putInt(1).put(records);
    return b.array();
  }

  @Test
  void corruptedPcapLengthsArePrintedUnsigned(@TempDir Path tmp) throws Exception {
    // One record header whose captured length is 0xFFFFFFFF (-1 as a signed int), 4 octets follow.
    ByteBuffer rec = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
    rec.putInt(0).putInt(0).putInt(0xffffffff).putInt(0xffffffff).putInt(0);
    Path f = tmp.resolve("corrupt.pcap");
    Files.write(f, pcap(rec.array()));
    Run r = run("decode", "--format", "asterix", f.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            f + " @24: pcap record length 4294967295 runs past the end of the file (4 octets left)")
        .doesNotContain("length -");
  }

  @Test
  void corruptedPcapngLengthsArePrintedUnsigned(@TempDir Path tmp) throws Exception {
    ByteBuffer b = ByteBuffer.allocate(28 + 20 + 32 + 12).order(ByteOrder.LITTLE_ENDIAN);
    // Section header block: type, length 28, byte-order magic, version 1.0, section length -1.
    b.putInt(0x0a0d0d0a).putInt(28).putInt(0x1a2b3c4d).putShort((short) 1).putShort((short) 0);
    b.putLong(-1).putInt(28);
    // Interface description block: Ethernet, snap length 65535.
    b.putInt(1).putInt(20).putShort((short) 1).putShort((short) 0).putInt(65535).putInt(20);
    // Enhanced packet block of 32 octets claiming 0xFFFFFFFF captured octets.
    b.putInt(6).putInt(32).putInt(0).putInt(0).putInt(0).putInt(0xffffffff).putInt(0).putInt(32);
    // A block whose length is 0xFFFFFFF0.
    b.putInt(6).putInt(0xfffffff0).putInt(0);
    Path f = tmp.resolve("corrupt.pcapng");
    Files.write(f, b.array());
    Run r = run("decode", "--format", "asterix", f.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            f
                + " @48: pcapng enhanced packet block captured length 4294967295 exceeds its block"
                + " length 32")
        .contains(
            f
                + " @80: pcapng block length 4294967280 invalid (runs past the end of the file, 12"
                + " octets left)")
        .contains("2 error(s)");
  }

  @Test
  void asterixValuesOutsideTheirDomainArePrintedAndReported(@TempDir Path tmp) throws Exception {
    // CAT062 1.21: LEN 17; FSPEC 0x98 = FRN 1 (I062/010), 4 (I062/070), 5 (I062/105); SAC 25 SIC
    // 201; time of day 600 s (0x012C00 × 1/128 s); latitude 0x01100000 × 180/2²⁵ = 95.625°,
    // longitude 0x00800000 × 180/2²⁵ = 45°.
    byte[] block =
        java.util.HexFormat.of()
            .parseHex("3E0011" + "98" + "19C9" + "012C00" + "01100000" + "00800000");
    Path f = tmp.resolve("lat95.ast");
    Files.write(f, block);
    Run r = run("decode", "--format", "asterix", f.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains(f + " @9: I062/105 latitude 95.6250000° outside [-90, 90]")
        .contains("1 record(s), 1 error(s)");
    assertThat(new ObjectMapper().readTree(r.out().strip()).at("/I062~1105/LAT/raw").asLong())
        .isEqualTo(0x01100000);
  }
}
