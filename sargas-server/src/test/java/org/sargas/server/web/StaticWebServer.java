package org.sargas.server.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;

/**
 * Serves the built web map (classpath {@code /web}) on a free loopback port with no API behind it:
 * enough for the client-side synthetic feed of the frame-time benchmark.
 */
final class StaticWebServer implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.of(
          "html",
          "text/html; charset=utf-8",
          "js",
          "text/javascript",
          "css",
          "text/css",
          "png",
          "image/png",
          "svg",
          "image/svg+xml",
          "json",
          "application/json");
  private final HttpServer server;

  StaticWebServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    if (path.endsWith("/")) {
      path += "index.html";
    }
    try (ex;
        InputStream in =
            path.contains("..") ? null : StaticWebServer.class.getResourceAsStream("/web" + path)) {
      if (in == null) {
        ex.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = in.readAllBytes();
      String ext = path.substring(path.lastIndexOf('.') + 1);
      ex.getResponseHeaders()
          .set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
