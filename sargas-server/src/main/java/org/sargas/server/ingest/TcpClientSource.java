package org.sargas.server.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.frame.RawFrame;

/**
 * A TCP client to a receiver's feed (Beast on 30005, AVR on 30002, SBS on 30003): connects, passes
 * each chunk read as a {@link RawFrame} (offset = running byte count), and on any error or end of
 * stream reconnects after a {@link ReconnectBackoff} delay. Framing is the consumer's job (e.g.
 * {@code BeastReader} keeps the unconsumed tail). Runs on a virtual thread until {@link #close()}.
 * With a {@link SensorTls}, every connection is a mutual-TLS handshake first; a refused sensor
 * certificate is reported to the rejection listener and nothing it sends is read.
 */
public final class TcpClientSource implements AutoCloseable {
  private final InetSocketAddress address;
  private final InstantSource clock;
  private final String sourceId;
  private final FrameFormat format;
  private final FrameSink sink;
  private final ReconnectBackoff backoff;
  private final Duration connectTimeout;
  private final AtomicLong connections = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final SensorTls tls;
  private final java.util.function.Consumer<SensorTls.Refused> rejected;
  private volatile boolean closed;
  private volatile Socket socket;
  private Thread thread;

  /**
   * @param address receiver host and port
   * @param backoff reconnect schedule
   * @param connectTimeout connect timeout
   * @param clock receive-time source
   * @param sourceId the input's id, carried by every frame
   * @param format the input's wire format
   * @param sink receives chunks (on the source's thread)
   */
  public TcpClientSource(
      InetSocketAddress address,
      ReconnectBackoff backoff,
      Duration connectTimeout,
      InstantSource clock,
      String sourceId,
      FrameFormat format,
      FrameSink sink) {
    this(address, backoff, connectTimeout, clock, sourceId, format, sink, null, r -> {});
  }

  /**
   * A source whose connections are mutual TLS.
   *
   * @param tls the sensor's TLS check and the node's client certificate; null: plain TCP
   * @param rejected told of every refused sensor certificate (on the source's thread)
   */
  public TcpClientSource(
      InetSocketAddress address,
      ReconnectBackoff backoff,
      Duration connectTimeout,
      InstantSource clock,
      String sourceId,
      FrameFormat format,
      FrameSink sink,
      SensorTls tls,
      java.util.function.Consumer<SensorTls.Refused> rejected) {
    this.tls = tls;
    this.rejected = rejected;
    this.sourceId = sourceId;
    this.format = format;
    this.address = address;
    this.backoff = backoff;
    this.connectTimeout = connectTimeout;
    this.clock = clock;
    this.sink = sink;
  }

  /** Starts on a virtual thread; returns this. */
  public TcpClientSource start() {
    thread = Thread.ofVirtual().name("tcp:" + address).start(this::run);
    return this;
  }

  private void run() {
    byte[] buf = new byte[16384];
    while (!closed) {
      boolean gotData = false;
      try (Socket plain = new Socket()) {
        socket = plain;
        plain.connect(address, (int) connectTimeout.toMillis());
        Socket s =
            tls == null ? plain : tls.wrap(plain, address.getHostString(), address.getPort());
        socket = s;
        connections.incrementAndGet();
        InputStream in = s.getInputStream();
        int n;
        while (!closed && (n = in.read(buf)) >= 0) {
          if (n == 0) {
            continue;
          }
          if (!gotData) {
            backoff.reset();
            gotData = true;
          }
          byte[] chunk = java.util.Arrays.copyOf(buf, n);
          sink.frame(new RawFrame(sourceId, clock.instant(), chunk, format), bytes.getAndAdd(n));
        }
      } catch (SensorTls.Refused e) {
        failures.incrementAndGet();
        rejected.accept(e);
      } catch (IOException e) {
        failures.incrementAndGet();
      }
      if (closed) {
        return;
      }
      try {
        Thread.sleep(backoff.nextDelay());
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Successful connections so far. */
  public long connections() {
    return connections.get();
  }

  /** Failed connection attempts or broken connections. */
  public long failures() {
    return failures.get();
  }

  /** Bytes received over all connections. */
  public long bytes() {
    return bytes.get();
  }

  @Override
  public void close() {
    closed = true;
    Socket s = socket;
    if (s != null) {
      try {
        s.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
