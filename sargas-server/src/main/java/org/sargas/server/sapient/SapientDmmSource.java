package org.sargas.server.sapient;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.InstantSource;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.sargas.formats.sapient.SapientFrame;
import org.sargas.formats.sapient.SapientTasking;
import org.sargas.formats.sapient.v2.SapientMessage;
import org.sargas.formats.sapient.v2.TaskAck;
import org.sargas.model.frame.FrameFormat;
import org.sargas.model.frame.RawFrame;
import org.sargas.server.ingest.FrameSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SAPIENT node's connection to this node acting as its decision-making module: listens on a TCP
 * port; the node connects (a new connection replaces the old one), sends its Registration (answered
 * with a RegistrationAck, accepted) and then its reports. Each complete length-prefixed message is
 * handed to the sink as one {@link FrameFormat#SAPIENT} frame (journaled, then decoded by the
 * input's {@code SapientObservationDecoder}: DetectionReports become observations of the input's
 * sensor, any message marks it alive). A length over {@link SapientFrame#MAX_MESSAGE_OCTETS} loses
 * the framing: the connection is closed and counted, and the node reconnects. {@link #send} writes
 * a task to the registered node. Thread-safe.
 */
public final class SapientDmmSource implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SapientDmmSource.class);

  private final String inputId;
  private final InetSocketAddress bind;
  private final InstantSource clock;
  private final FrameSink sink;
  private final UUID dmmId;
  private final AtomicLong connections = new AtomicLong();
  private final AtomicLong registrations = new AtomicLong();
  private final AtomicLong framingErrors = new AtomicLong();
  private final AtomicLong tasksSent = new AtomicLong();
  private final AtomicLong taskAcks = new AtomicLong();
  private final AtomicLong tasksRejected = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private ServerSocket server;
  private volatile Socket current;
  private volatile String registeredNodeId;
  private volatile boolean closed;

  /**
   * @param bind where to listen (port 0: any free port)
   * @param dmmId this module's node id in the messages it sends
   */
  public SapientDmmSource(
      String inputId, InetSocketAddress bind, InstantSource clock, FrameSink sink, UUID dmmId) {
    this.inputId = inputId;
    this.bind = bind;
    this.clock = clock;
    this.sink = sink;
    this.dmmId = dmmId;
  }

  /** Binds and starts accepting. */
  public void start() throws IOException {
    server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(bind);
    Thread.ofPlatform().daemon().name("sapient-dmm-" + inputId).start(this::acceptLoop);
  }

  /** The bound port. */
  public int port() {
    return server.getLocalPort();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket s = server.accept();
        Socket old = current;
        current = s;
        registeredNodeId = null;
        connections.incrementAndGet();
        if (old != null) {
          old.close();
        }
        Thread.ofPlatform().daemon().name("sapient-dmm-" + inputId + "-rx").start(() -> read(s));
      } catch (IOException e) {
        if (!closed) {
          LOG.warn("SAPIENT DMM {}: accept failed: {}", inputId, e.toString());
        }
      }
    }
  }

  private void read(Socket s) {
    try (s) {
      s.setTcpNoDelay(true);
      DataInputStream in = new DataInputStream(s.getInputStream());
      byte[] prefix = new byte[SapientFrame.PREFIX_OCTETS];
      while (!closed) {
        if (!readFully(in, prefix)) {
          return;
        }
        long length = SapientFrame.length(prefix, 0);
        if (length > SapientFrame.MAX_MESSAGE_OCTETS) {
          framingErrors.incrementAndGet();
          LOG.warn(
              "SAPIENT DMM {}: offset {}: message length {} over {}; connection closed",
              inputId,
              bytes.get(),
              length,
              SapientFrame.MAX_MESSAGE_OCTETS);
          return;
        }
        byte[] frame = new byte[SapientFrame.PREFIX_OCTETS + (int) length];
        System.arraycopy(prefix, 0, frame, 0, prefix.length);
        in.readFully(frame, prefix.length, (int) length);
        long offset = bytes.getAndAdd(frame.length);
        sink.frame(new RawFrame(inputId, clock.instant(), frame, FrameFormat.SAPIENT), offset);
        answer(s, frame);
      }
    } catch (EOFException e) {
      LOG.info("SAPIENT DMM {}: node closed the connection mid-message", inputId);
    } catch (IOException e) {
      if (!closed && s == current) {
        LOG.info("SAPIENT DMM {}: connection lost: {}", inputId, e.toString());
      }
    } finally {
      if (current == s) {
        registeredNodeId = null;
      }
    }
  }

  private static boolean readFully(InputStream in, byte[] b) throws IOException {
    int n = in.readNBytes(b, 0, b.length);
    if (n == 0) {
      return false;
    }
    if (n < b.length) {
      throw new EOFException();
    }
    return true;
  }

  /**
   * Acknowledges a registration; counts task acknowledgements. Malformed messages are left to the
   * decoder.
   */
  private void answer(Socket s, byte[] frame) throws IOException {
    SapientMessage m;
    try {
      m = SapientMessage.parseFrom(java.nio.ByteBuffer.wrap(frame, 4, frame.length - 4));
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      return;
    }
    if (m.hasRegistration()) {
      registrations.incrementAndGet();
      write(
          s,
          SapientTasking.registrationAck(clock.instant(), dmmId, m.getNodeId(), true, List.of()));
      registeredNodeId = m.getNodeId();
      LOG.info("SAPIENT DMM {}: node {} registered", inputId, m.getNodeId());
    } else if (m.hasTaskAck()) {
      taskAcks.incrementAndGet();
      if (m.getTaskAck().getTaskStatus() == TaskAck.TaskStatus.TASK_STATUS_REJECTED) {
        tasksRejected.incrementAndGet();
      }
      LOG.info(
          "SAPIENT DMM {}: task {} {}",
          inputId,
          m.getTaskAck().getTaskId(),
          m.getTaskAck().getTaskStatus());
    }
  }

  private synchronized void write(Socket s, byte[] framed) throws IOException {
    OutputStream out = s.getOutputStream();
    out.write(framed);
    out.flush();
  }

  /** The registered node's id, or null when none is connected and registered. */
  public String registeredNodeId() {
    return registeredNodeId;
  }

  /** This module's node id. */
  public UUID dmmId() {
    return dmmId;
  }

  /**
   * Writes a framed message (a task) to the registered node.
   *
   * @return false when no node is connected and registered, or the write failed
   */
  public boolean send(byte[] framed) {
    Socket s = current;
    if (s == null || registeredNodeId == null) {
      return false;
    }
    try {
      write(s, framed);
      tasksSent.incrementAndGet();
      return true;
    } catch (IOException e) {
      LOG.warn("SAPIENT DMM {}: task not sent: {}", inputId, e.toString());
      return false;
    }
  }

  /** Connections accepted. */
  public long connections() {
    return connections.get();
  }

  /** Registrations acknowledged. */
  public long registrations() {
    return registrations.get();
  }

  /** Connections closed because the framing was lost. */
  public long framingErrors() {
    return framingErrors.get();
  }

  /** Tasks written to the node. */
  public long tasksSent() {
    return tasksSent.get();
  }

  /** Task acknowledgements received (any status). */
  public long taskAcks() {
    return taskAcks.get();
  }

  /** Task acknowledgements that rejected the task. */
  public long tasksRejected() {
    return tasksRejected.get();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    if (server != null) {
      server.close();
    }
    Socket s = current;
    if (s != null) {
      s.close();
    }
  }
}
