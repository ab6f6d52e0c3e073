package org.sargas.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.cat048.Cat048Encoder;
import org.sargas.formats.asterix.cat048.Cat048Record;
import org.sargas.formats.modes.BeastEncoder;
import org.sargas.formats.modes.BeastFrameSink;
import org.sargas.formats.modes.BeastReader;
import org.sargas.formats.modes.ExtendedSquitterEncoder;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.frame.RawFrame;

class LiveSourcesTest {
  private static final InstantSource CLOCK =
      InstantSource.fixed(Instant.parse("2026-11-21T08:00:00Z"));

  private static byte[] cat048(int sac, int sic) {
    ByteBuffer b = ByteBuffer.allocate(64);
    Cat048Encoder.encodeBlock(b, List.of(Cat048Record.primaryPlot(sac, sic, 10.0, 1000, 1.0)));
    return java.util.Arrays.copyOf(b.array(), b.position());
  }

  @Test
  void udpAcceptsOnlyTheConfiguredSenderAndSacSic() throws Exception {
    List<RawFrame> got = new CopyOnWriteArrayList<>();
    CountDownLatch one = new CountDownLatch(1);
    try (UdpSource src =
            new UdpSource(
                    new InetSocketAddress("127.0.0.1", 0),
                    null,
                    null,
                    InetAddress.getByName("127.0.0.1"),
                    Set.of(25 << 8 | 201),
                    CLOCK,
                    "radar",
                    FrameFormat.ASTERIX,
                    (f, offset) -> {
                      got.add(f);
                      one.countDown();
                    })
                .start();
        DatagramSocket other = new DatagramSocket(new InetSocketAddress("127.0.0.2", 0));
        DatagramSocket good = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
      InetSocketAddress to = new InetSocketAddress("127.0.0.1", src.port());
      byte[] wrongRadar = cat048(25, 202);
      byte[] right = cat048(25, 201);
      other.send(new DatagramPacket(right, right.length, to));
      good.send(new DatagramPacket(wrongRadar, wrongRadar.length, to));
      good.send(new DatagramPacket(right, right.length, to));
      assertThat(one.await(10, TimeUnit.SECONDS)).isTrue();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (src.wrongSource() + src.wrongSacSic() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(src.wrongSource()).isEqualTo(1);
      assertThat(src.wrongSacSic()).isEqualTo(1);
      assertThat(got)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.payload()).isEqualTo(right);
                assertThat(f.sourceId()).isEqualTo("radar");
                assertThat(f.receiveTime()).isEqualTo(CLOCK.instant());
              });
    }
  }

  @Test
  void asterixSourceIdReadsItem010OfEveryBlock() {
    byte[] a = cat048(25, 201);
    byte[] two = new byte[a.length * 2];
    System.arraycopy(a, 0, two, 0, a.length);
    System.arraycopy(a, 0, two, a.length, a.length);
    assertThat(AsterixSourceId.of(two, 0, two.length)).isEqualTo(25 << 8 | 201);
    byte[] b = cat048(25, 13);
    System.arraycopy(b, 0, two, a.length, b.length);
    assertThat(AsterixSourceId.of(two, 0, two.length)).isEqualTo(AsterixSourceId.MIXED);
    assertThat(AsterixSourceId.of(new byte[] {48, 0}, 0, 2)).isEqualTo(AsterixSourceId.NONE);
  }

  @Test
  void fileSourceReplaysCapturesPerPacketWithCaptureTimeAndRawFilesInChunks(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
    byte[] a = cat048(25, 201);
    java.nio.file.Path pcap = tmp.resolve("two.pcap");
    java.nio.file.Files.write(pcap, TsharkAsterixConformanceTest.pcap(List.of(a, a)));
    List<RawFrame> frames = new ArrayList<>();
    List<Long> offsets = new ArrayList<>();
    List<DecodeFailure> fails = new ArrayList<>();
    FrameSink sink =
        (f, offset) -> {
          frames.add(f);
          offsets.add(offset);
        };
    java.time.InstantSource epoch = java.time.InstantSource.fixed(Instant.EPOCH);
    assertThat(
            FileSource.read(pcap, "cap", FrameFormat.ASTERIX, epoch, sink, fails::add, () -> false))
        .isEqualTo(2);
    assertThat(fails).isEmpty();
    assertThat(frames.get(1).payload()).isEqualTo(a);
    assertThat(frames.get(1).receiveTime()).isEqualTo(Instant.ofEpochSecond(1_700_000_001L));
    java.nio.file.Path raw = tmp.resolve("feed.beast");
    java.nio.file.Files.write(raw, new byte[FileSource.RAW_CHUNK + 10]);
    frames.clear();
    offsets.clear();
    assertThat(FileSource.read(raw, "raw", FrameFormat.BEAST, epoch, sink, fails::add, () -> false))
        .isEqualTo(2);
    assertThat(offsets.get(1)).isEqualTo(FileSource.RAW_CHUNK);
    assertThat(frames.get(1).payload()).hasSize(10);
    assertThat(frames.get(1).format()).isEqualTo(FrameFormat.BEAST);
  }

  @Test
  void backoffDoublesUpToTheMaximumAndResets() {
    ReconnectBackoff b = new ReconnectBackoff(Duration.ofMillis(500), Duration.ofSeconds(3));
    assertThat(List.of(b.nextDelay(), b.nextDelay(), b.nextDelay(), b.nextDelay()))
        .containsExactly(
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(3));
    b.reset();
    assertThat(b.nextDelay()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void tcpClientReconnectsAndBeastFramesSurviveChunking() throws Exception {
    byte[] frame = new byte[14];
    ByteBuffer beast = ByteBuffer.allocate(1024);
    for (int k = 0; k < 10; k++) {
      ExtendedSquitterEncoder.identification(0x1A0000 + k, 1, "T" + k, frame, 0);
      BeastEncoder.encode(beast, 0x1A1A + k, 0x1A, frame, 0, 14);
    }
    byte[] stream = java.util.Arrays.copyOf(beast.array(), beast.position());
    List<String> frames = new CopyOnWriteArrayList<>();
    CountDownLatch all = new CountDownLatch(20);
    BeastReader reader = new BeastReader();
    byte[][] carry = {new byte[0]};
    try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"));
        TcpClientSource src =
            new TcpClientSource(
                    new InetSocketAddress("127.0.0.1", server.getLocalPort()),
                    new ReconnectBackoff(Duration.ofMillis(10), Duration.ofMillis(100)),
                    Duration.ofSeconds(2),
                    CLOCK,
                    "beast",
                    FrameFormat.BEAST,
                    (f, offset) -> {
                      byte[] buf = new byte[carry[0].length + f.payload().length];
                      System.arraycopy(carry[0], 0, buf, 0, carry[0].length);
                      System.arraycopy(f.payload(), 0, buf, carry[0].length, f.payload().length);
                      int used =
                          reader.read(
                              buf,
                              0,
                              buf.length,
                              false,
                              "tcp",
                              0,
                              new BeastFrameSink() {
                                @Override
                                public void frame(
                                    int type,
                                    long ts,
                                    int signal,
                                    byte[] b,
                                    int off,
                                    int len,
                                    long at) {
                                  frames.add(java.util.HexFormat.of().formatHex(b, off, off + len));
                                  all.countDown();
                                }

                                @Override
                                public void failure(DecodeFailure failure, int skippedBytes) {
                                  frames.add("fail");
                                }
                              });
                      carry[0] = java.util.Arrays.copyOfRange(buf, used, buf.length);
                    })
                .start()) {
      for (int connection = 0; connection < 2; connection++) {
        try (Socket s = server.accept();
            OutputStream out = s.getOutputStream()) {
          for (int k = 0; k < stream.length; k += 7) {
            out.write(stream, k, Math.min(7, stream.length - k));
            out.flush();
          }
        }
      }
      assertThat(all.await(20, TimeUnit.SECONDS)).isTrue();
      assertThat(src.connections()).isEqualTo(2);
    }
    assertThat(frames).hasSize(20).doesNotContain("fail");
    List<String> expected = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      ExtendedSquitterEncoder.identification(0x1A0000 + k, 1, "T" + k, frame, 0);
      expected.add(java.util.HexFormat.of().formatHex(frame));
    }
    assertThat(frames.subList(0, 10)).isEqualTo(expected);
  }
}
