package org.sargas.server.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.sargas.server.config.ConfigException;

/**
 * TLS client contexts from PKCS#12 stores: a trust store with the server's CA (else the JDK's
 * default trust) and, for mutual TLS, a key store with this node's certificate. Stateless.
 */
public final class TlsContexts {
  private TlsContexts() {}

  /**
   * @param trustStore PKCS#12 trust store, or null for the JDK's trusted CAs
   * @param keyStore PKCS#12 key store with the client certificate, or null
   * @param password the stores' password (may be null for none)
   * @throws ConfigException naming the store when it cannot be read
   */
  public static SSLContext client(String trustStore, String keyStore, char[] password) {
    try {
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trustStore == null ? null : load(trustStore, password));
      KeyManagerFactory kmf = null;
      if (keyStore != null) {
        kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(load(keyStore, password), password);
      }
      SSLContext c = SSLContext.getInstance("TLS");
      c.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      return c;
    } catch (GeneralSecurityException e) {
      throw new ConfigException("TLS context: " + e.getMessage());
    }
  }

  /**
   * A PKCS#12 store.
   *
   * @throws ConfigException naming the store when it cannot be read
   */
  public static KeyStore load(String path, char[] password) throws GeneralSecurityException {
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, password);
      return ks;
    } catch (IOException e) {
      throw new ConfigException("TLS store " + path + ": " + e.getMessage());
    }
  }
}
