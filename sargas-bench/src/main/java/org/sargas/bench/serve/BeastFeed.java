package org.sargas.bench.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import org.sargas.formats.modes.BeastEncoder;
import org.sargas.formats.modes.ExtendedSquitterEncoder;

/**
 * A Beast TCP server on loopback (the node's {@code tcp} input connects to it) that sends ADS-B
 * airborne positions (DF17 TC 11, even and odd CPR alternately) of the first {@code aircraft}
 * targets of a {@link SyntheticPicture} at {@code framesPerSecond} in total, paced every 5 ms.
 * Positions are the targets' true positions at sending. One thread; {@link #close} stops it.
 */
final class BeastFeed implements AutoCloseable {
  private static final double M_FT = 1 / 0.3048;

  private final ServerSocket server;
  private final SyntheticPicture picture;
  private final int aircraft;
  private final double framesPerSecond;
  private final long startNanos;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long frames;

  BeastFeed(SyntheticPicture picture, int aircraft, double framesPerSecond, long startNanos)
      throws IOException {
    this.server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    this.picture = picture;
    this.aircraft = Math.max(1, aircraft);
    this.framesPerSecond = framesPerSecond;
    this.startNanos = startNanos;
    this.thread = Thread.ofPlatform().name("bench-beast").daemon().unstarted(this::serve);
  }

  int port() {
    return server.getLocalPort();
  }

  void start() {
    thread.start();
  }

  /** Frames written to the socket so far. */
  long frames() {
    return frames;
  }

  private void serve() {
    try (Socket s = server.accept()) {
      s.setTcpNoDelay(true);
      OutputStream out = s.getOutputStream();
      ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
      byte[] frame = new byte[14];
      double[] enu = new double[3];
      double[] geo = new double[3];
      boolean[] odd = new boolean[aircraft];
      long sent = 0;
      int next = 0;
      while (running) {
        long now = System.nanoTime();
        long due = (long) ((now - startNanos) / 1e9 * framesPerSecond);
        buf.clear();
        while (sent < due && buf.remaining() >= BeastEncoder.MAX_FRAME_OCTETS) {
          double tS = (now - startNanos) / 1e9;
          picture.position(next, tS, enu);
          picture.plane().toGeo(enu[0], enu[1], enu[2], geo);
          ExtendedSquitterEncoder.airbornePosition(
              0x4A0000 + next, geo[0], geo[1], enu[2] * M_FT, odd[next], frame, 0);
          odd[next] = !odd[next];
          BeastEncoder.encode(buf, (now / 1000) * 12 & 0xFFFF_FFFF_FFFFL, 150, frame, 0, 14);
          next = (next + 1) % aircraft;
          sent++;
        }
        if (buf.position() > 0) {
          out.write(buf.array(), 0, buf.position());
          frames = sent;
        } else {
          Thread.sleep(5);
        }
      }
    } catch (IOException e) {
      // the node closed the connection (end of the run): nothing more to send
      running = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws IOException {
    running = false;
    server.close();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
