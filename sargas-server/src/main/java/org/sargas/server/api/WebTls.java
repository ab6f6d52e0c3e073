package org.sargas.server.api;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.sargas.server.security.WebKeyStore;

/**
 * The HTTPS connector of the web server: TLS 1.2/1.3 only (Jetty's default cipher exclusions), the
 * key and certificate chain from a PKCS#12 {@link WebKeyStore}. No plain-HTTP connector is opened
 * beside it. The SNI host check is off so that a self-signed certificate naming {@code localhost}
 * still serves clients that connect by address (they must trust the certificate anyway).
 */
final class WebTls {
  private WebTls() {}

  /** A TLS connector on {@code host:port} (port 0: any free port). */
  static Connector connector(
      Server server, HttpConfiguration http, WebKeyStore keyStore, String host, int port) {
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    ssl.setKeyStoreType("PKCS12");
    ssl.setKeyStorePath(keyStore.file().toString());
    ssl.setKeyStorePassword(new String(keyStore.password()));
    ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
    HttpConfiguration https = new HttpConfiguration(http);
    https.setSecureScheme("https");
    https.addCustomizer(new SecureRequestCustomizer(false));
    ServerConnector c =
        new ServerConnector(
            server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
    c.setHost(host);
    c.setPort(port);
    return c;
  }
}
