package org.sargas.server.output;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.sargas.server.ingest.ReconnectBackoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP or TLS client to a consumer (a TAK Server's streaming port, a CAT062 gateway): one thread
 * connects, reconnects with exponential backoff after a failure, and writes the queued messages in
 * order; a second thread reads and discards what the peer sends and notices when it closes. {@link
 * #send} only queues (bounded); messages queued while disconnected stay queued until the queue is
 * full, then new ones are dropped and counted. A message written just before the peer went away can
 * be lost (TCP gives no receipt). Thread-safe.
 */
public final class StreamTransport implements OutputTransport {
  private static final Logger LOG = LoggerFactory.getLogger(StreamTransport.class);

  private final String outputId;
  private final InetSocketAddress target;
  private final SSLContext tls;
  private final ReconnectBackoff backoff;
  private final BlockingQueue<byte[]> queue;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong connections = new AtomicLong();
  private final Thread writer;
  private volatile boolean closed;
  private volatile Socket socket;

  /**
   * @param tls the TLS context (mutual TLS when it carries a key), or null for plain TCP
   * @param capacity messages queued at most
   */
  public StreamTransport(
      String outputId,
      InetSocketAddress target,
      SSLContext tls,
      ReconnectBackoff backoff,
      int capacity) {
    this.outputId = outputId;
    this.target = target;
    this.tls = tls;
    this.backoff = backoff;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.writer = Thread.ofPlatform().daemon().name("output-" + outputId).start(this::run);
  }

  @Override
  public void send(byte[] message) {
    if (closed || !queue.offer(message)) {
      dropped.incrementAndGet();
    }
  }

  private void run() {
    byte[] pending = null;
    while (!closed) {
      try (Socket s = connect()) {
        socket = s;
        connections.incrementAndGet();
        backoff.reset();
        LOG.info("output {}: connected to {}", outputId, target);
        OutputStream out = s.getOutputStream();
        watchForClose(s);
        while (!closed) {
          if (s.isClosed()) {
            throw new IOException("connection closed by the peer");
          }
          if (pending == null) {
            pending = queue.poll(500, TimeUnit.MILLISECONDS);
          }
          if (pending != null) {
            out.write(pending);
            out.flush();
            sent.incrementAndGet();
            pending = null;
          }
        }
      } catch (IOException e) {
        if (closed) {
          return;
        }
        Duration d = backoff.nextDelay();
        LOG.warn("output {}: {} ({}); retry in {} ms", outputId, target, e, d.toMillis());
        sleep(d);
      } catch (InterruptedException e) {
        return;
      } finally {
        socket = null;
      }
    }
  }

  /**
   * Reads (and discards) what the peer sends, so that its closing the connection is noticed without
   * waiting for a write to fail: the socket is closed and the writer reconnects.
   */
  private void watchForClose(Socket s) {
    Thread.ofVirtual()
        .name("output-" + outputId + "-reader")
        .start(
            () -> {
              byte[] sink = new byte[4096];
              try (s) {
                java.io.InputStream in = s.getInputStream();
                while (in.read(sink) >= 0) {
                  // a TAK server may send pings or events; this output does not use them
                }
              } catch (IOException e) {
                LOG.debug("output {}: reader: {}", outputId, e.toString());
              }
            });
  }

  private Socket connect() throws IOException {
    Socket s = tls == null ? new Socket() : tls.getSocketFactory().createSocket();
    try {
      s.connect(target, 5000);
      s.setTcpNoDelay(true);
      if (s instanceof SSLSocket ssl) {
        ssl.startHandshake();
      }
      return s;
    } catch (IOException e) {
      s.close();
      throw e;
    }
  }

  private void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    }
  }

  /** Connections made so far. */
  public long connections() {
    return connections.get();
  }

  @Override
  public long sent() {
    return sent.get();
  }

  @Override
  public long dropped() {
    return dropped.get();
  }

  @Override
  public void close() {
    closed = true;
    Socket s = socket;
    if (s != null) {
      try {
        s.close();
      } catch (IOException e) {
        LOG.debug("output {}: closing: {}", outputId, e.toString());
      }
    }
    writer.interrupt();
  }
}
