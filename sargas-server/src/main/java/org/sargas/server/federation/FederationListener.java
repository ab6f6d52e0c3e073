package org.sargas.server.federation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receiving end of federation links: a TLS server that requires a client certificate its trust
 * store accepts (mutual TLS), reading one {@link SharedTrackJson} line per object. Every object is
 * checked against this node's nation and clearance on arrival: one its label does not release here,
 * or one carrying sensor sites its label does not release, is counted as {@code leaked} and
 * discarded (the partner's egress filter failed); a malformed line is counted and skipped. Accepted
 * objects are kept by global id (the newest state). A {@link FederationLink} names itself ({@code
 * HELLO <linkId>}) and numbers its lines; they are acknowledged ({@code ACK <seq>}, cumulative,
 * whenever the input is idle) and a line already received on that link is counted as a duplicate
 * and dropped. Thread-safe.
 */
public final class FederationListener implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FederationListener.class);

  private final String nation;
  private final SecurityClassification clearance;
  private final SSLServerSocket server;
  private final Map<String, SharedTrack> received = new ConcurrentHashMap<>();
  private final AtomicLong objects = new AtomicLong();
  private final AtomicLong leaked = new AtomicLong();
  private final AtomicLong malformed = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final Map<String, Long> lastSeq = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> objectsFrom = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> leakedFrom = new ConcurrentHashMap<>();
  private final Consumer<SharedTrack> sink;
  private final BiPredicate<String, SSLSession> authorize;
  private final AtomicLong refused = new AtomicLong();
  private volatile boolean closed;

  /**
   * @param nation this node's nation, ISO 3166-1 alpha-3
   * @param clearance the highest classification this node holds
   * @param tls server context (key and the partners' trust)
   */
  public FederationListener(String nation, SecurityClassification clearance, SSLContext tls)
      throws IOException {
    this(nation, clearance, tls, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), null);
  }

  /**
   * @param nation this node's nation, ISO 3166-1 alpha-3
   * @param clearance the highest classification this node holds
   * @param tls server context (key and the partners' trust)
   * @param bind address and port to listen on (port 0: any free one)
   * @param sink receives every accepted object (not duplicates, not leaked ones), on a connection's
   *     thread; must not block; null keeps the newest of each global id for {@link #picture}
   */
  public FederationListener(
      String nation,
      SecurityClassification clearance,
      SSLContext tls,
      InetSocketAddress bind,
      Consumer<SharedTrack> sink)
      throws IOException {
    this(nation, clearance, tls, bind, sink, null);
  }

  /**
   * @param nation this node's nation, ISO 3166-1 alpha-3
   * @param clearance the highest classification this node holds
   * @param tls server context (key and the partners' trust)
   * @param bind address and port to listen on (port 0: any free one)
   * @param sink receives every accepted object (not duplicates, not leaked ones), on a connection's
   *     thread; must not block; null keeps the newest of each global id for {@link #picture}
   * @param authorize whether the peer of a TLS session may send as the node its {@code HELLO} names
   *     (the first word); a connection refused, or one that sends objects before its {@code HELLO},
   *     is counted ({@link #refused}) and closed; null accepts every trusted peer
   */
  public FederationListener(
      String nation,
      SecurityClassification clearance,
      SSLContext tls,
      InetSocketAddress bind,
      Consumer<SharedTrack> sink,
      BiPredicate<String, SSLSession> authorize)
      throws IOException {
    this.authorize = authorize;
    this.nation = nation;
    this.clearance = clearance;
    this.sink = sink != null ? sink : t -> received.put(t.globalId(), t);
    server =
        (SSLServerSocket)
            tls.getServerSocketFactory().createServerSocket(bind.getPort(), 16, bind.getAddress());
    server.setNeedClientAuth(true);
    Thread.ofPlatform().daemon().name("federation-" + nation).start(this::acceptLoop);
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        SSLSocket s = (SSLSocket) server.accept();
        s.setTcpNoDelay(true);
        Thread.ofPlatform().daemon().name("federation-" + nation + "-rx").start(() -> read(s));
      } catch (IOException e) {
        if (!closed) {
          LOG.warn("federation {}: accept: {}", nation, e.toString());
        }
      }
    }
  }

  private void read(SSLSocket s) {
    try (s;
        BufferedReader in =
            new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))) {
      java.io.OutputStream out = s.getOutputStream();
      String link = null;
      String sender = "";
      long unacked = -1;
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("HELLO ")) {
          link = line.substring(6).trim();
          int space = link.indexOf(' ');
          sender = space > 0 ? link.substring(0, space) : link;
          if (authorize != null && !authorize.test(sender, s.getSession())) {
            refused.incrementAndGet();
            LOG.warn("federation {}: refused a peer sending as node {}", nation, sender);
            return;
          }
          continue;
        }
        if (authorize != null && link == null) {
          refused.incrementAndGet();
          LOG.warn("federation {}: refused a peer that sent objects before HELLO", nation);
          return;
        }
        int tab = line.indexOf('\t');
        long seq = -1;
        if (tab > 0) {
          try {
            seq = Long.parseLong(line.substring(0, tab));
          } catch (NumberFormatException e) {
            malformed.incrementAndGet();
            continue;
          }
          line = line.substring(tab + 1);
        }
        SharedTrack t;
        try {
          t = SharedTrackJson.read(line);
        } catch (IllegalArgumentException e) {
          malformed.incrementAndGet();
          continue;
        }
        if (seq > 0 && link != null) {
          unacked = seq;
          long last = lastSeq.getOrDefault(link, 0L);
          if (seq <= last) {
            duplicates.incrementAndGet();
            ackIfIdle(in, out, unacked);
            continue;
          }
          lastSeq.put(link, seq);
        }
        accept(t, sender);
        if (unacked > 0 && ackIfIdle(in, out, unacked)) {
          unacked = -1;
        }
      }
    } catch (IOException e) {
      if (!closed) {
        LOG.info("federation {}: link closed: {}", nation, e.toString());
      }
    }
  }

  /** Acknowledges up to {@code seq} when no more input is waiting (or every line, if none is). */
  private static boolean ackIfIdle(BufferedReader in, java.io.OutputStream out, long seq)
      throws IOException {
    if (in.ready()) {
      return false;
    }
    out.write(("ACK " + seq + "\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
    return true;
  }

  private void accept(SharedTrack t, String sender) {
    objects.incrementAndGet();
    objectsFrom.computeIfAbsent(sender, k -> new AtomicLong()).incrementAndGet();
    if (!t.label().releasableTo(nation, clearance)
        || (!t.sensorSites().isEmpty() && !t.label().sensorSitesReleasable())) {
      leaked.incrementAndGet();
      leakedFrom.computeIfAbsent(sender, k -> new AtomicLong()).incrementAndGet();
      return;
    }
    sink.accept(t);
  }

  /**
   * Objects received from one sender (the first word of its {@code HELLO}: a {@link FederationNode}
   * names its node id), duplicates excluded.
   */
  public long objectsFrom(String sender) {
    AtomicLong n = objectsFrom.get(sender);
    return n == null ? 0 : n.get();
  }

  /** Objects from one sender that arrived although their label does not release them here. */
  public long leakedFrom(String sender) {
    AtomicLong n = leakedFrom.get(sender);
    return n == null ? 0 : n.get();
  }

  /** Connections refused: the peer may not send as the node it named, or named none. */
  public long refused() {
    return refused.get();
  }

  /** The listening port. */
  public int port() {
    return server.getLocalPort();
  }

  /** Objects received (accepted or not). */
  public long objects() {
    return objects.get();
  }

  /** Objects that arrived although their label does not release them here. */
  public long leaked() {
    return leaked.get();
  }

  /** Objects received again after a reconnection (already had; dropped). */
  public long duplicates() {
    return duplicates.get();
  }

  /** Lines that were not shared tracks. */
  public long malformed() {
    return malformed.get();
  }

  /** The newest state of every accepted object, by global id (when constructed without a sink). */
  public Map<String, SharedTrack> picture() {
    return Map.copyOf(received);
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
  }
}
