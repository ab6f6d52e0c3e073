package org.sargas.bench.serve;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many WebSocket clients of {@code /ws/picture} (docs/api.md) on one selector thread, written
 * against RFC 6455 directly so that a client costs little more than reading its socket: a message's
 * payload is not decoded, only its first 64 KiB are kept. Per {@code tracks} message it records the
 * delay from the server's {@code sentAtMs} stamp to the receipt of the message's last byte (wall
 * clock, same machine); per violation its first message (receipt time, entry latitude). Frames from
 * the server are unmasked; fragmented messages (continuation frames) are reassembled as far as the
 * kept head goes. The clients send nothing after the handshake but the pong to a ping.
 */
final class PictureClients implements AutoCloseable {
  private static final Pattern SENT = Pattern.compile("\"sentAtMs\":(\\d+)");
  private static final int KEEP = 64 * 1024;

  /** A violation's first message: when it arrived, its id and entry latitude. */
  record ViolationSeen(long receiveNanos, String violationId, double entryLatDeg) {}

  private final ObjectMapper json = new ObjectMapper();
  private final Selector selector;
  private final List<Conn> conns = new ArrayList<>();
  private final List<ViolationSeen> violations = new ArrayList<>();
  private final Set<String> violationIds = new HashSet<>();
  private final List<Long> delaysMs = new ArrayList<>();
  private final AtomicLong messages = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final ByteBuffer read = ByteBuffer.allocateDirect(256 * 1024);
  private final Thread thread;
  private volatile boolean running = true;
  private volatile boolean measuring = true;
  private volatile int open;

  /** One connection and its frame parser. */
  private static final class Conn {
    final SocketChannel ch;
    boolean upgraded;
    final StringBuilder handshake = new StringBuilder();
    final byte[] header = new byte[14];
    int headerHave;
    int headerNeed = 2;
    long payloadLeft = -1;
    int opcode;
    boolean fin;
    final byte[] head = new byte[KEEP];
    int headLen;

    Conn(SocketChannel ch) {
      this.ch = ch;
    }
  }

  /**
   * Opens {@code n} connections to {@code ws://host:port/ws/picture} with a bearer token and waits
   * (up to 60 s) until every handshake is answered with 101.
   */
  PictureClients(InetSocketAddress server, String token, int n) throws IOException {
    selector = Selector.open();
    String request =
        "GET /ws/picture HTTP/1.1\r\nHost: "
            + server.getHostString()
            + ":"
            + server.getPort()
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
            + "Authorization: Bearer "
            + token
            + "\r\n\r\n";
    for (int i = 0; i < n; i++) {
      SocketChannel ch = SocketChannel.open(server);
      ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
      ByteBuffer req = ByteBuffer.wrap(request.getBytes(US_ASCII));
      while (req.hasRemaining()) {
        ch.write(req);
      }
      ch.configureBlocking(false);
      Conn c = new Conn(ch);
      conns.add(c);
      ch.register(selector, SelectionKey.OP_READ, c);
    }
    thread = Thread.ofPlatform().name("bench-clients").daemon().start(this::loop);
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (open < n && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (open < n) {
      throw new IOException("only " + open + " of " + n + " WebSocket handshakes completed");
    }
  }

  private void loop() {
    try {
      while (running) {
        selector.select(100);
        for (SelectionKey k : selector.selectedKeys()) {
          Conn c = (Conn) k.attachment();
          try {
            read(c);
          } catch (IOException e) {
            k.cancel();
          }
        }
        selector.selectedKeys().clear();
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void read(Conn c) throws IOException {
    read.clear();
    int n = c.ch.read(read);
    if (n < 0) {
      c.ch.close();
      return;
    }
    read.flip();
    bytes.addAndGet(n);
    if (!c.upgraded) {
      while (read.hasRemaining() && !c.upgraded) {
        c.handshake.append((char) read.get());
        int len = c.handshake.length();
        if (len >= 4 && c.handshake.lastIndexOf("\r\n\r\n") == len - 4) {
          if (!c.handshake.toString().startsWith("HTTP/1.1 101")) {
            throw new IOException("handshake refused: " + c.handshake.toString().split("\r\n")[0]);
          }
          c.upgraded = true;
          open++;
        }
      }
    }
    while (read.hasRemaining()) {
      if (c.payloadLeft < 0) {
        header(c);
      } else {
        int take = (int) Math.min(c.payloadLeft, read.remaining());
        int keep = Math.min(take, KEEP - c.headLen);
        if (keep > 0 && c.opcode != 9) {
          read.get(c.head, c.headLen, keep);
          c.headLen += keep;
          read.position(read.position() + take - keep);
        } else {
          read.position(read.position() + take);
        }
        c.payloadLeft -= take;
      }
      if (c.payloadLeft == 0) {
        frameEnd(c);
      }
    }
  }

  /** Consumes header bytes; sets payloadLeft once the header is complete. */
  private void header(Conn c) {
    while (read.hasRemaining() && c.headerHave < c.headerNeed) {
      c.header[c.headerHave++] = read.get();
      if (c.headerHave == 2) {
        int len7 = c.header[1] & 0x7F;
        c.headerNeed = 2 + (len7 == 126 ? 2 : len7 == 127 ? 8 : 0);
      }
    }
    if (c.headerHave < c.headerNeed) {
      return;
    }
    int b0 = c.header[0] & 0xFF;
    int len7 = c.header[1] & 0x7F;
    long len = len7;
    if (len7 == 126) {
      len = (c.header[2] & 0xFF) << 8 | (c.header[3] & 0xFF);
    } else if (len7 == 127) {
      len = 0;
      for (int i = 2; i < 10; i++) {
        len = len << 8 | (c.header[i] & 0xFF);
      }
    }
    int op = b0 & 0x0F;
    if (op != 0) {
      c.opcode = op;
    }
    c.fin = (b0 & 0x80) != 0;
    c.payloadLeft = len;
    c.headerHave = 0;
    c.headerNeed = 2;
  }

  private void frameEnd(Conn c) throws IOException {
    c.payloadLeft = -1;
    if (c.opcode == 9) {
      // ping: answer with an empty masked pong
      c.ch.write(ByteBuffer.wrap(new byte[] {(byte) 0x8A, (byte) 0x80, 0, 0, 0, 0}));
      return;
    }
    if (!c.fin) {
      return;
    }
    if (c.opcode == 1) {
      message(c);
    }
    c.headLen = 0;
  }

  private void message(Conn c) {
    long nowNanos = System.nanoTime();
    long nowMs = System.currentTimeMillis();
    messages.incrementAndGet();
    String start = new String(c.head, 0, Math.min(c.headLen, 200), UTF_8);
    if (start.startsWith("{\"type\":\"tracks\"")) {
      Matcher m = SENT.matcher(start);
      if (measuring && m.find()) {
        synchronized (delaysMs) {
          delaysMs.add(nowMs - Long.parseLong(m.group(1)));
        }
      }
    } else if (start.startsWith("{\"type\":\"violation\"")) {
      try {
        JsonNode v = json.readTree(c.head, 0, c.headLen).path("violation");
        String id = v.path("violationId").asText();
        synchronized (violations) {
          if (violationIds.add(id)) {
            violations.add(
                new ViolationSeen(nowNanos, id, v.path("entryLat").asDouble(Double.NaN)));
          }
        }
      } catch (IOException e) {
        // a violation message longer than the kept head: not matched
      }
    }
  }

  /** Violations seen (first message each, by any client), in order of arrival. */
  List<ViolationSeen> violations() {
    synchronized (violations) {
      return List.copyOf(violations);
    }
  }

  /** Delays of the {@code tracks} messages measured so far, ms; clears them. */
  List<Long> takeDelaysMs() {
    synchronized (delaysMs) {
      List<Long> d = List.copyOf(delaysMs);
      delaysMs.clear();
      return d;
    }
  }

  void stopMeasuring() {
    measuring = false;
  }

  long messages() {
    return messages.get();
  }

  long bytes() {
    return bytes.get();
  }

  @Override
  public void close() throws IOException {
    running = false;
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Conn c : conns) {
      c.ch.close();
    }
    selector.close();
  }
}
