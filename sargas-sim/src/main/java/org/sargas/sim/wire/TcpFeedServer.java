package org.sargas.sim.wire;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A feed's TCP output port (a receiver's Beast port like dump1090's 30005, a SAPIENT node's
 * stream): accepts TCP clients and writes every frame to all of them. A client that cannot keep up
 * or goes away is disconnected. Thread-safe.
 */
public final class TcpFeedServer implements ByteStreamSink, AutoCloseable {
  private final ServerSocket server;
  private final List<Socket> clients = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  /** Listens on the loopback interface; port 0 picks a free one. */
  public TcpFeedServer(int port) throws IOException {
    server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    acceptor = new Thread(this::accept, "feed-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        s.setTcpNoDelay(true);
        clients.add(s);
      } catch (IOException e) {
        return;
      }
    }
  }

  /** The bound port. */
  public int port() {
    return server.getLocalPort();
  }

  /** Connected clients. */
  public int clients() {
    return clients.size();
  }

  /** Writes bytes to every client. */
  @Override
  public void write(byte[] b, int off, int len) {
    for (Socket s : clients) {
      try {
        OutputStream out = s.getOutputStream();
        out.write(b, off, len);
        out.flush();
      } catch (IOException e) {
        clients.remove(s);
        try {
          s.close();
        } catch (IOException ignored) {
          // already broken
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : clients) {
      s.close();
    }
    acceptor.interrupt();
  }
}
