package org.sargas.server.federation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.sargas.server.ingest.ReconnectBackoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sending end of one federation link: mutual TLS to the partner's {@link FederationListener},
 * one line per object ({@code <sequence> TAB <SharedTrackJson>}) after a {@code HELLO <linkId>}
 * line. Objects stay in a bounded backlog until the partner acknowledges them ({@code ACK <seq>},
 * cumulative); after a disruption the link reconnects with backoff and sends every unacknowledged
 * object again, in order, and the partner drops what it already has (by sequence), so a cut loses
 * nothing the backlog could hold. When the backlog is full new objects are dropped and counted.
 * Thread-safe; {@link #send} never blocks.
 */
public final class FederationLink implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FederationLink.class);

  private final String linkId;
  private final InetSocketAddress target;
  private final SSLContext tls;
  private final ReconnectBackoff backoff;
  private final int capacity;

  /** Unacknowledged lines, sequences {@code nextSeq - lines.size()} to {@code nextSeq - 1}. */
  private final ArrayDeque<String> lines = new ArrayDeque<>();

  private final AtomicLong offered = new AtomicLong();
  private final AtomicLong transmissions = new AtomicLong();
  private final AtomicLong resent = new AtomicLong();
  private final AtomicLong acked = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong connections = new AtomicLong();
  private final Thread writer;
  private long nextSeq = 1;
  private long nextToWrite = 1;
  private volatile boolean closed;
  private volatile Socket socket;

  /**
   * @param linkId names the link to the partner (its sequence numbers are per link id)
   * @param capacity unacknowledged objects held at most
   */
  public FederationLink(
      String linkId,
      InetSocketAddress target,
      SSLContext tls,
      ReconnectBackoff backoff,
      int capacity) {
    this.linkId = linkId;
    this.target = target;
    this.tls = tls;
    this.backoff = backoff;
    this.capacity = capacity;
    this.writer = Thread.ofPlatform().daemon().name("federation-" + linkId).start(this::run);
  }

  /** Queues one object (already through the egress filter). */
  public void send(SharedTrack t) {
    String json = SharedTrackJson.write(t);
    synchronized (this) {
      offered.incrementAndGet();
      if (lines.size() >= capacity) {
        dropped.incrementAndGet();
        return;
      }
      long seq = nextSeq++;
      lines.add(seq + "\t" + json);
      notifyAll();
    }
  }

  private void run() {
    while (!closed) {
      try (Socket s = tls.getSocketFactory().createSocket()) {
        s.setTcpNoDelay(true); // small lines and acknowledgements: no Nagle delay
        s.connect(target, 5000);
        ((SSLSocket) s).startHandshake();
        socket = s;
        connections.incrementAndGet();
        backoff.reset();
        OutputStream out = s.getOutputStream();
        out.write(("HELLO " + linkId + "\n").getBytes(StandardCharsets.UTF_8));
        Thread.ofVirtual().start(() -> readAcks(s));
        long first;
        synchronized (this) {
          first = nextSeq - lines.size();
          if (first < nextToWrite) {
            resent.addAndGet(nextToWrite - first);
          }
          nextToWrite = first;
        }
        while (!closed && !s.isClosed()) {
          List<String> batch = next();
          for (String line : batch) {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
          }
          out.flush();
          transmissions.addAndGet(batch.size());
        }
      } catch (IOException e) {
        if (!closed) {
          Duration d = backoff.nextDelay();
          LOG.info("federation link {}: {}; retry in {} ms", linkId, e.toString(), d.toMillis());
          try {
            Thread.sleep(d.toMillis());
          } catch (InterruptedException ie) {
            return;
          }
        }
      } catch (InterruptedException e) {
        return;
      } finally {
        socket = null;
      }
    }
  }

  /** The lines not yet written on this connection (waits up to 200 ms for some). */
  private synchronized List<String> next() throws InterruptedException {
    if (nextSeq == nextToWrite) {
      wait(200);
    }
    List<String> out = new ArrayList<>();
    long firstHeld = nextSeq - lines.size();
    int skip = (int) Math.max(0, nextToWrite - firstHeld);
    int k = 0;
    for (String line : lines) {
      if (k++ >= skip) {
        out.add(line);
        if (out.size() >= 256) {
          break;
        }
      }
    }
    nextToWrite += out.size();
    return out;
  }

  private void readAcks(Socket s) {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("ACK ")) {
          long seq = Long.parseLong(line.substring(4).trim());
          synchronized (this) {
            while (!lines.isEmpty() && nextSeq - lines.size() <= seq) {
              lines.removeFirst();
              acked.incrementAndGet();
            }
          }
        }
      }
    } catch (IOException | NumberFormatException e) {
      LOG.debug("federation link {}: ack reader: {}", linkId, e.toString());
    } finally {
      try {
        s.close();
      } catch (IOException e) {
        LOG.debug("federation link {}: close: {}", linkId, e.toString());
      }
    }
  }

  /** Objects offered to the link. */
  public long offered() {
    return offered.get();
  }

  /** Objects the partner acknowledged. */
  public long acknowledged() {
    return acked.get();
  }

  /** Objects sent again after a reconnection. */
  public long resent() {
    return resent.get();
  }

  /** Objects dropped because the backlog was full. */
  public long dropped() {
    return dropped.get();
  }

  /** Objects waiting for an acknowledgement. */
  public synchronized int backlog() {
    return lines.size();
  }

  /** Connections made. */
  public long connections() {
    return connections.get();
  }

  /** Connections made after the first (each one a recovery from a disruption). */
  public long reconnects() {
    return Math.max(0, connections.get() - 1);
  }

  /** Whether the link is connected to its partner now. */
  public boolean connected() {
    Socket s = socket;
    return s != null && !s.isClosed();
  }

  /** Objects written to a connection (first sends and resends). */
  public long transmissions() {
    return transmissions.get();
  }

  @Override
  public void close() {
    closed = true;
    Socket s = socket;
    if (s != null) {
      try {
        s.close();
      } catch (IOException e) {
        LOG.debug("federation link {}: close: {}", linkId, e.toString());
      }
    }
    writer.interrupt();
  }
}
