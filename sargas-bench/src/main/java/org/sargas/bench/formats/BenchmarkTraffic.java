package org.sargas.bench.formats;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.sargas.formats.asterix.cat021.Cat021Encoder;
import org.sargas.formats.asterix.cat021.Cat021Record;
import org.sargas.formats.asterix.cat048.Cat048DetectionType;
import org.sargas.formats.asterix.cat048.Cat048Encoder;
import org.sargas.formats.asterix.cat048.Cat048Record;
import org.sargas.formats.asterix.cat062.Cat062Encoder;
import org.sargas.formats.asterix.cat062.Cat062Record;
import org.sargas.formats.modes.BeastEncoder;
import org.sargas.formats.modes.ExtendedSquitterEncoder;

/** Seeded, realistic benchmark inputs built with Sargas's own encoders. */
public final class BenchmarkTraffic {
  /** Records per ASTERIX datagram, as a radar sends per sector. */
  static final int RECORDS = 100;

  /** Mode S frames per Beast buffer. */
  public static final int FRAMES = 1000;

  private BenchmarkTraffic() {}

  static List<Cat048Record> cat048(long seed) {
    Random r = new Random(seed);
    List<Cat048Record> out = new ArrayList<>();
    for (int k = 0; k < RECORDS; k++) {
      out.add(
          new Cat048Record(
              25,
              201,
              30000 + k * 0.04,
              Cat048DetectionType.MODE_S_ROLL_CALL,
              r.nextDouble() * 250 * 1852,
              r.nextDouble() * 2 * Math.PI,
              r.nextInt(4096),
              100 + r.nextInt(300),
              0x400000 + r.nextInt(1 << 20),
              "SRG" + (100 + k),
              k,
              120 + r.nextDouble() * 150,
              r.nextDouble() * 6.28));
    }
    return out;
  }

  static List<Cat062Record> cat062(long seed) {
    Random r = new Random(seed);
    List<Cat062Record> out = new ArrayList<>();
    for (int k = 0; k < RECORDS; k++) {
      out.add(
          new Cat062Record(
              25,
              100,
              30000 + k * 0.04,
              k,
              50 + r.nextDouble() * 10,
              15 + r.nextDouble() * 15,
              r.nextDouble() * 4e5 - 2e5,
              r.nextDouble() * 4e5 - 2e5,
              r.nextDouble() * 400 - 200,
              r.nextDouble() * 400 - 200,
              r.nextInt(4096),
              0x400000 + r.nextInt(1 << 20),
              "SRG" + (100 + k),
              100 + r.nextInt(300),
              30000,
              r.nextInt(41) * 62.5 - 1250,
              false));
    }
    return out;
  }

  static List<Cat021Record> cat021(long seed) {
    Random r = new Random(seed);
    List<Cat021Record> out = new ArrayList<>();
    for (int k = 0; k < RECORDS; k++) {
      out.add(
          new Cat021Record(
              25,
              1,
              30000 + k * 0.04,
              0x400000 + r.nextInt(1 << 20),
              50 + r.nextDouble() * 10,
              15 + r.nextDouble() * 15,
              100 + r.nextInt(300),
              30000,
              120 + r.nextDouble() * 150,
              r.nextDouble() * 6.28,
              r.nextInt(41) * 62.5 - 1250,
              "SRG" + (100 + k),
              k));
    }
    return out;
  }

  static byte[] block(int category, long seed) {
    ByteBuffer b = ByteBuffer.allocate(8192);
    switch (category) {
      case 48 -> Cat048Encoder.encodeBlock(b, cat048(seed));
      case 62 -> Cat062Encoder.encodeBlock(b, cat062(seed));
      default -> Cat021Encoder.encodeBlock(b, cat021(seed));
    }
    return Arrays.copyOf(b.array(), b.position());
  }

  /**
   * A Beast stream of {@link #FRAMES} DF17 frames from 50 aircraft flying over Lithuania: 40 %
   * airborne position (even/odd alternating), 40 % velocity, 20 % identification, 12 MHz MLAT
   * counter advancing 1 ms per frame.
   */
  public static byte[] beast(long seed) {
    Random r = new Random(seed);
    ByteBuffer out = ByteBuffer.allocate(FRAMES * BeastEncoder.MAX_FRAME_OCTETS);
    byte[] f = new byte[14];
    double[] lat = new double[50];
    double[] lon = new double[50];
    for (int a = 0; a < 50; a++) {
      lat[a] = 53.9 + r.nextDouble() * 2.5;
      lon[a] = 21.0 + r.nextDouble() * 5.0;
    }
    for (int k = 0; k < FRAMES; k++) {
      int a = r.nextInt(50);
      int icao = 0x480000 + a;
      double p = r.nextDouble();
      lat[a] += 0.0002;
      lon[a] += 0.0003;
      if (p < 0.4) {
        ExtendedSquitterEncoder.airbornePosition(
            icao, lat[a], lon[a], 30000 + a * 100, (k & 1) == 1, f, 0);
      } else if (p < 0.8) {
        ExtendedSquitterEncoder.airborneVelocity(icao, 420 + a, 60, 0, f, 0);
      } else {
        ExtendedSquitterEncoder.identification(icao, 3, "SRG" + a, f, 0);
      }
      BeastEncoder.encode(out, k * 12_000L, 100 + r.nextInt(100), f, 0, 14);
    }
    return Arrays.copyOf(out.array(), out.position());
  }

  /** SBS-1 MSG,3 / MSG,4 lines as dump1090 writes them. */
  static String[] sbs(long seed) {
    Random r = new Random(seed);
    String[] lines = new String[FRAMES];
    for (int k = 0; k < FRAMES; k++) {
      String hex = String.format("%06X", 0x480000 + r.nextInt(50));
      lines[k] =
          (k & 1) == 0
              ? String.format(
                  "MSG,3,1,1,%s,1,2026/11/21,05:22:11.852,2026/11/21,05:22:11.852,,%d,,,%.5f,%.5f,,,,,,0",
                  hex, 30000 + r.nextInt(100) * 25, 54 + r.nextDouble(), 24 + r.nextDouble())
              : String.format(
                  "MSG,4,1,1,%s,1,2026/11/21,05:22:11.852,2026/11/21,05:22:11.852,,,%d,%d,,,%d,,,,,0",
                  hex, 400 + r.nextInt(100), r.nextInt(360), r.nextInt(20) * 64 - 640);
    }
    return lines;
  }
}
