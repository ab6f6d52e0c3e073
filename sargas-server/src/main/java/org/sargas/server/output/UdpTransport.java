package org.sargas.server.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each message as one UDP datagram to a unicast host or a multicast group (time-to-live as
 * configured, loopback on so that a consumer on the same host receives it). Thread-safe.
 */
public final class UdpTransport implements OutputTransport {
  private static final Logger LOG = LoggerFactory.getLogger(UdpTransport.class);

  private final DatagramChannel channel;
  private final InetSocketAddress target;
  private final String outputId;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();

  /**
   * @param target the destination (multicast groups are recognised by their address)
   * @param ttl multicast time-to-live
   */
  public UdpTransport(String outputId, InetSocketAddress target, int ttl) {
    this.outputId = outputId;
    this.target = target;
    try {
      channel = DatagramChannel.open(StandardProtocolFamily.INET);
      if (target.getAddress().isMulticastAddress()) {
        channel.setOption(StandardSocketOptions.IP_MULTICAST_TTL, ttl);
        channel.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("output " + outputId + ": cannot open UDP socket", e);
    }
  }

  @Override
  public void send(byte[] message) {
    try {
      channel.send(ByteBuffer.wrap(message), target);
      sent.incrementAndGet();
    } catch (IOException e) {
      if (dropped.incrementAndGet() == 1) {
        LOG.warn("output {}: UDP send to {} failed: {}", outputId, target, e.toString());
      }
    }
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
    try {
      channel.close();
    } catch (IOException e) {
      LOG.debug("output {}: closing UDP socket: {}", outputId, e.toString());
    }
  }
}
