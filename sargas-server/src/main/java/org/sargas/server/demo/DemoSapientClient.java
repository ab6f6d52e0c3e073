package org.sargas.server.demo;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.InstantSource;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import org.sargas.formats.sapient.SapientFrame;
import org.sargas.formats.sapient.SapientTasking;
import org.sargas.formats.sapient.v2.SapientMessage;
import org.sargas.formats.sapient.v2.TaskAck;
import org.sargas.server.ingest.ReconnectBackoff;
import org.sargas.sim.wire.ByteStreamSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated SAPIENT node's client connection to the node's decision-making module (a {@code
 * sapient-dmm} input): connects on first write (retrying with backoff), writes the feed's framed
 * messages, and on its own thread reads what the module sends: RegistrationAcks are counted, and
 * every Task is answered with a TaskAck "accepted" (a simulated node cannot turn its antenna). On a
 * lost connection it reconnects and the feed's next write goes to the new one; a feed re-registers
 * at the start of each loop. Thread-safe for one writer.
 */
final class DemoSapientClient implements ByteStreamSink, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DemoSapientClient.class);

  private final String sensorId;
  private final IntSupplier port;
  private final UUID nodeId;
  private final InstantSource clock;
  private final ReconnectBackoff backoff =
      new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(5));
  private final AtomicLong acks = new AtomicLong();
  private final AtomicLong tasks = new AtomicLong();
  private Socket socket;
  private OutputStream out;
  private byte[] registration;
  private volatile boolean closed;

  /**
   * @param port the module's port (asked at each connection: the node binds it at start)
   */
  DemoSapientClient(String sensorId, IntSupplier port, UUID nodeId, InstantSource clock) {
    this.sensorId = sensorId;
    this.port = port;
    this.nodeId = nodeId;
    this.clock = clock;
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    if (isRegistration(b, off, len)) {
      registration = java.util.Arrays.copyOfRange(b, off, off + len);
    }
    while (!closed) {
      try {
        if (out == null) {
          connect();
          if (registration != null && !isRegistration(b, off, len)) {
            out.write(registration);
          }
        }
        out.write(b, off, len);
        out.flush();
        return;
      } catch (IOException e) {
        disconnect();
        try {
          Thread.sleep(backoff.nextDelay().toMillis());
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static boolean isRegistration(byte[] b, int off, int len) {
    try {
      return SapientMessage.parseFrom(
              java.nio.ByteBuffer.wrap(
                  b, off + SapientFrame.PREFIX_OCTETS, len - SapientFrame.PREFIX_OCTETS))
          .hasRegistration();
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      return false;
    }
  }

  private void connect() throws IOException {
    Socket s = new Socket();
    s.connect(new InetSocketAddress("127.0.0.1", port.getAsInt()), 2000);
    s.setTcpNoDelay(true);
    socket = s;
    out = s.getOutputStream();
    backoff.reset();
    Thread.ofPlatform().daemon().name("demo-sapient-" + sensorId).start(() -> read(s));
  }

  private void read(Socket s) {
    try {
      DataInputStream in = new DataInputStream(s.getInputStream());
      while (!closed) {
        byte[] prefix = in.readNBytes(SapientFrame.PREFIX_OCTETS);
        if (prefix.length < SapientFrame.PREFIX_OCTETS) {
          return;
        }
        byte[] body = in.readNBytes((int) SapientFrame.length(prefix, 0));
        SapientMessage m = SapientMessage.parseFrom(body);
        if (m.hasRegistrationAck()) {
          acks.incrementAndGet();
        } else if (m.hasTask()) {
          tasks.incrementAndGet();
          LOG.info("demo SAPIENT node {}: task {} accepted", sensorId, m.getTask().getTaskName());
          byte[] ack =
              SapientTasking.taskAck(
                  clock.instant(),
                  nodeId,
                  m.getNodeId(),
                  m.getTask().getTaskId(),
                  TaskAck.TaskStatus.TASK_STATUS_ACCEPTED);
          synchronized (this) {
            if (socket == s) {
              out.write(ack);
              out.flush();
            }
          }
        }
      }
    } catch (IOException e) {
      LOG.debug("demo SAPIENT node {}: {}", sensorId, e.toString());
    }
  }

  private void disconnect() {
    try {
      if (socket != null) {
        socket.close();
      }
    } catch (IOException e) {
      LOG.debug("demo SAPIENT node {}: closing: {}", sensorId, e.toString());
    }
    socket = null;
    out = null;
  }

  /** Registration acknowledgements received. */
  long registrationAcks() {
    return acks.get();
  }

  /** Tasks received (each acknowledged). */
  long tasks() {
    return tasks.get();
  }

  @Override
  public synchronized void close() {
    closed = true;
    disconnect();
  }
}
