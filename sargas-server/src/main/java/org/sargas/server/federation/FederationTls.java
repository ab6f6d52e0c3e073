package org.sargas.server.federation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManagerFactory;
import org.sargas.server.config.ConfigException;
import org.sargas.server.config.FederationConfig;
import org.sargas.server.config.FederationLinkConfig;
import org.sargas.server.output.TlsContexts;

/**
 * The TLS context of a federated node, for its listener and its links alike: this node's key and
 * certificate from {@code keyStore}; trust in the partners' CA from {@code trustStore} and in every
 * link's pinned partner {@code certificate}; and the check that a connecting peer may send as the
 * node it names. Stateless.
 */
public final class FederationTls {
  private FederationTls() {}

  /**
   * @param env environment lookup for the stores' password
   * @throws ConfigException naming the store or certificate that cannot be read
   */
  public static SSLContext context(FederationConfig c, Function<String, String> env) {
    String pw = env.apply(c.storePasswordEnv());
    if (c.storePasswordFile() != null) {
      try {
        pw = Files.readString(Path.of(c.storePasswordFile())).strip();
      } catch (IOException e) {
        throw new ConfigException(
            "federation.storePasswordFile " + c.storePasswordFile() + ": " + e.getMessage());
      }
    }
    char[] password = pw == null ? new char[0] : pw.toCharArray();
    try {
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      if (c.trustStore() != null) {
        KeyStore ts = TlsContexts.load(c.trustStore(), password);
        for (String alias : Collections.list(ts.aliases())) {
          if (ts.isCertificateEntry(alias)) {
            trust.setCertificateEntry("ca-" + alias, ts.getCertificate(alias));
          }
        }
      }
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      for (FederationLinkConfig l : c.links()) {
        if (l.certificate() != null) {
          try (InputStream in = Files.newInputStream(Path.of(l.certificate()))) {
            trust.setCertificateEntry(
                "link-" + l.id(), (X509Certificate) cf.generateCertificate(in));
          } catch (IOException e) {
            throw new ConfigException(
                "federation link " + l.id() + ": certificate " + l.certificate() + ": " + e);
          }
        }
      }
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(TlsContexts.load(c.keyStore(), password), password);
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      return ctx;
    } catch (GeneralSecurityException | IOException e) {
      throw new ConfigException("federation TLS: " + e.getMessage());
    }
  }

  /**
   * Whether the peer of a session may send as {@code node}: a link names that node, and the peer's
   * certificate is the link's pinned {@code certificate}, or (without one) its subject's CN is the
   * node id.
   *
   * @throws ConfigException when a pinned certificate cannot be read
   */
  public static BiPredicate<String, SSLSession> peerCheck(FederationConfig c) {
    Map<String, X509Certificate> pinned = new HashMap<>();
    Set<String> byName = new HashSet<>();
    try {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      for (FederationLinkConfig l : c.links()) {
        if (l.certificate() == null) {
          byName.add(l.node());
          continue;
        }
        try (InputStream in = Files.newInputStream(Path.of(l.certificate()))) {
          pinned.put(l.node(), (X509Certificate) cf.generateCertificate(in));
        } catch (IOException e) {
          throw new ConfigException(
              "federation link " + l.id() + ": certificate " + l.certificate() + ": " + e);
        }
      }
    } catch (GeneralSecurityException e) {
      throw new ConfigException("federation TLS: " + e.getMessage());
    }
    return (node, session) -> {
      try {
        Certificate peer = session.getPeerCertificates()[0];
        X509Certificate expected = pinned.get(node);
        if (expected != null) {
          return expected.equals(peer);
        }
        if (!byName.contains(node) || !(peer instanceof X509Certificate x)) {
          return false;
        }
        for (Rdn rdn : new LdapName(x.getSubjectX500Principal().getName()).getRdns()) {
          if (rdn.getType().equalsIgnoreCase("CN") && node.equals(String.valueOf(rdn.getValue()))) {
            return true;
          }
        }
        return false;
      } catch (SSLPeerUnverifiedException | InvalidNameException e) {
        return false;
      }
    };
  }
}
