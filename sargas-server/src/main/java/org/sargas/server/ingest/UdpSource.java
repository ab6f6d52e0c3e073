package org.sargas.server.ingest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.time.InstantSource;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.frame.RawFrame;

/**
 * Receives a live UDP feed (unicast, or multicast when a group is configured) and passes each
 * accepted datagram on as a {@link RawFrame} stamped by the injected clock. A datagram is accepted
 * only from the configured source address (if any) and, for ASTERIX, only if its blocks carry one
 * of the configured SAC/SIC pairs; everything else is counted and dropped. Runs on its own
 * (virtual) thread until {@link #close()}.
 */
public final class UdpSource implements AutoCloseable {
  private final DatagramChannel channel;
  private final String name;
  private final InetAddress allowedSource;
  private final Set<Integer> allowedSacSic;
  private final InstantSource clock;
  private final String sourceId;
  private final FrameFormat format;
  private final FrameSink sink;
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong wrongSource = new AtomicLong();
  private final AtomicLong wrongSacSic = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private Thread thread;

  /**
   * @param bind local address and port to listen on (port 0 picks one)
   * @param multicastGroup group to join, or null for unicast
   * @param networkInterface interface for the group, or null for the default
   * @param allowedSource the only sender accepted, or null for any
   * @param allowedSacSic accepted {@code sac << 8 | sic} values, empty to accept any (non-ASTERIX
   *     feeds)
   * @param clock receive-time source
   * @param sourceId the input's id, carried by every frame
   * @param format the input's wire format
   * @param sink receives accepted datagrams (on the source's thread)
   */
  public UdpSource(
      InetSocketAddress bind,
      InetAddress multicastGroup,
      NetworkInterface networkInterface,
      InetAddress allowedSource,
      Set<Integer> allowedSacSic,
      InstantSource clock,
      String sourceId,
      FrameFormat format,
      FrameSink sink)
      throws IOException {
    this.sourceId = sourceId;
    this.format = format;
    this.channel = DatagramChannel.open(StandardProtocolFamily.INET);
    channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
    channel.setOption(StandardSocketOptions.SO_RCVBUF, 4 << 20);
    channel.bind(bind);
    if (multicastGroup != null) {
      NetworkInterface nif =
          networkInterface != null ? networkInterface : NetworkInterface.getByIndex(0);
      if (nif == null) {
        nif =
            NetworkInterface.networkInterfaces()
                .filter(
                    n -> {
                      try {
                        return n.isUp() && n.supportsMulticast();
                      } catch (IOException e) {
                        return false;
                      }
                    })
                .findFirst()
                .orElseThrow(() -> new IOException("no multicast-capable interface"));
      }
      channel.join(multicastGroup, nif);
    }
    this.name =
        "udp:"
            + (multicastGroup != null ? multicastGroup.getHostAddress() : bind.getHostString())
            + ":"
            + ((InetSocketAddress) channel.getLocalAddress()).getPort();
    this.allowedSource = allowedSource;
    this.allowedSacSic = Set.copyOf(allowedSacSic);
    this.clock = clock;
    this.sink = sink;
  }

  /** The bound local port. */
  public int port() throws IOException {
    return ((InetSocketAddress) channel.getLocalAddress()).getPort();
  }

  /** Starts receiving on a virtual thread; returns this. */
  public UdpSource start() {
    thread = Thread.ofVirtual().name(name).start(this::run);
    return this;
  }

  private void run() {
    ByteBuffer buf = ByteBuffer.allocate(65536);
    while (channel.isOpen()) {
      buf.clear();
      SocketAddress from;
      try {
        from = channel.receive(buf);
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        continue;
      }
      if (from == null) {
        continue;
      }
      InetSocketAddress sender = (InetSocketAddress) from;
      if (allowedSource != null && !allowedSource.equals(sender.getAddress())) {
        wrongSource.incrementAndGet();
        continue;
      }
      byte[] data = new byte[buf.position()];
      buf.flip().get(data);
      if (!allowedSacSic.isEmpty()
          && !allowedSacSic.contains(AsterixSourceId.of(data, 0, data.length))) {
        wrongSacSic.incrementAndGet();
        continue;
      }
      long offset = bytes.getAndAdd(data.length);
      accepted.incrementAndGet();
      sink.frame(new RawFrame(sourceId, clock.instant(), data, format), offset);
    }
  }

  /** Datagrams passed on. */
  public long accepted() {
    return accepted.get();
  }

  /** Datagrams dropped because they came from another sender. */
  public long wrongSource() {
    return wrongSource.get();
  }

  /** Datagrams dropped because their SAC/SIC is not configured. */
  public long wrongSacSic() {
    return wrongSacSic.get();
  }

  @Override
  public void close() throws IOException {
    channel.close();
    if (thread != null) {
      try {
        thread.join(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
