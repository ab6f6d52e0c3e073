package org.sargas.server.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509TrustManager;

/**
 * Mutual TLS to one sensor feed (docs/security.md, "Sensors"). The sensor's certificate chain must
 * lead to the input's own CA (not the system's trust store), be valid now (wall clock), not be on
 * the CA's CRL (read afresh on every connection, so a revocation takes effect at the next connect),
 * and name the expected sensor (subject CN, DNS or URI subject alternative name {@code
 * urn:sargas:sensor:NAME}); the node presents its own client certificate when configured. Each
 * refusal says why, as one of {@link Reason}.
 *
 * <p>Thread-safe: each {@link #wrap} builds its own trust decision.
 */
public final class SensorTls {
  /** Why a sensor's certificate was refused. */
  public enum Reason {
    /** The chain does not lead to the input's CA. */
    UNKNOWN_CA,
    /** The certificate (or one in its chain) is expired or not yet valid. */
    EXPIRED,
    /** The CA's CRL lists it. */
    REVOKED,
    /** Revocation could not be decided (CRL missing, stale or not the CA's). */
    CRL_UNUSABLE,
    /** Valid, but issued to another sensor. */
    WRONG_SENSOR,
    /** The TLS handshake failed for another reason (protocol, our certificate refused). */
    HANDSHAKE;

    /** The metric label ({@code unknown_ca}). */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A refused handshake: the reason, and what the certificate said. */
  public static final class Refused extends CertificateException {
    private static final long serialVersionUID = 1L;
    private final Reason reason;

    Refused(Reason reason, String message, Throwable cause) {
      super(message, cause);
      this.reason = reason;
    }

    /** Why. */
    public Reason reason() {
      return reason;
    }
  }

  private final X509Certificate ca;
  private final KeyManager[] keyManagers;
  private final Path crl;
  private final String peerName;
  private final InstantSource wallClock;

  /**
   * @param trustedCa PEM file of the sensor CA
   * @param keyStore the node's PKCS#12 client key store, or null
   * @param keyStorePassword its password (ignored without a key store)
   * @param crl the CA's CRL file, or null (revocation not checked)
   * @param peerName the name the sensor's certificate must carry
   * @param wallClock the real time (certificate validity is real time, whatever the node's clock)
   */
  public SensorTls(
      Path trustedCa,
      Path keyStore,
      char[] keyStorePassword,
      Path crl,
      String peerName,
      InstantSource wallClock)
      throws IOException, GeneralSecurityException {
    try (InputStream in = Files.newInputStream(trustedCa)) {
      this.ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
    if (keyStore != null) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(keyStore)) {
        ks.load(in, keyStorePassword);
      }
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, keyStorePassword);
      this.keyManagers = kmf.getKeyManagers();
    } else {
      this.keyManagers = null;
    }
    this.crl = crl;
    this.peerName = peerName;
    this.wallClock = wallClock;
  }

  /** Reads a password file's first line. */
  public static char[] password(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    return lines.isEmpty() ? new char[0] : lines.get(0).strip().toCharArray();
  }

  /** The name the sensor's certificate must carry. */
  public String peerName() {
    return peerName;
  }

  /**
   * Runs the TLS handshake over a connected socket and returns the TLS socket.
   *
   * @throws Refused if the sensor's certificate is refused (the reason is counted and audited)
   * @throws IOException on other failures
   */
  public SSLSocket wrap(Socket connected, String host, int port) throws IOException, Refused {
    Refused[] refusal = new Refused[1];
    SSLContext ctx;
    try {
      ctx = SSLContext.getInstance("TLS");
      ctx.init(keyManagers, new X509TrustManager[] {new Checker(refusal)}, null);
    } catch (GeneralSecurityException e) {
      throw new IOException("TLS setup failed: " + e.getMessage(), e);
    }
    SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket(connected, host, port, true);
    s.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
    try {
      s.startHandshake();
    } catch (IOException e) {
      s.close();
      if (refusal[0] != null) {
        throw refusal[0];
      }
      throw new Refused(Reason.HANDSHAKE, "TLS handshake failed: " + e.getMessage(), e);
    }
    return s;
  }

  /** The trust decision of one handshake. */
  private final class Checker implements X509TrustManager {
    private final Refused[] refusal;

    Checker(Refused[] refusal) {
      this.refusal = refusal;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      throw new CertificateException("the node is the client of a sensor feed");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      try {
        check(chain);
      } catch (Refused r) {
        refusal[0] = r;
        throw r;
      }
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[] {ca};
    }
  }

  /** The checks, in order: path to the CA, validity, revocation, then the sensor's name. */
  void check(X509Certificate[] chain) throws Refused {
    if (chain == null || chain.length == 0) {
      throw new Refused(Reason.HANDSHAKE, "no certificate", null);
    }
    X509Certificate leaf = chain[0];
    String who = leaf.getSubjectX500Principal().getName();
    try {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      List<X509Certificate> path = new ArrayList<>(Arrays.asList(chain));
      // the CA itself may come at the end of the chain: the anchor is not part of the path
      path.removeIf(c -> c.equals(ca));
      PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(ca, null)));
      params.setDate(Date.from(wallClock.instant()));
      params.setRevocationEnabled(crl != null);
      if (crl != null) {
        Collection<X509CRL> crls = new ArrayList<>();
        try (InputStream in = Files.newInputStream(crl)) {
          for (var c : cf.generateCRLs(in)) {
            crls.add((X509CRL) c);
          }
        } catch (IOException | java.security.cert.CRLException e) {
          throw new Refused(
              Reason.CRL_UNUSABLE, "CRL " + crl + " unreadable: " + e.getMessage(), e);
        }
        params.addCertStore(
            CertStore.getInstance("Collection", new CollectionCertStoreParameters(crls)));
      }
      CertPathValidator.getInstance("PKIX").validate(cf.generateCertPath(path), params);
    } catch (CertPathValidatorException e) {
      throw new Refused(reason(e), who + ": " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new Refused(Reason.UNKNOWN_CA, who + ": " + e.getMessage(), e);
    }
    if (!names(leaf).contains(peerName)) {
      throw new Refused(
          Reason.WRONG_SENSOR,
          who + " names " + names(leaf) + ", expected sensor " + peerName,
          null);
    }
  }

  private static Reason reason(CertPathValidatorException e) {
    var r = e.getReason();
    if (r == CertPathValidatorException.BasicReason.EXPIRED
        || r == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
      return Reason.EXPIRED;
    }
    if (r == CertPathValidatorException.BasicReason.REVOKED) {
      return Reason.REVOKED;
    }
    if (r == CertPathValidatorException.BasicReason.UNDETERMINED_REVOCATION_STATUS) {
      return Reason.CRL_UNUSABLE;
    }
    if (r == PKIXReason.NO_TRUST_ANCHOR
        || r == CertPathValidatorException.BasicReason.INVALID_SIGNATURE) {
      return Reason.UNKNOWN_CA;
    }
    return Reason.UNKNOWN_CA;
  }

  /**
   * The names a certificate gives its holder: subject CN, DNS and URI subject alternative names.
   */
  static List<String> names(X509Certificate c) {
    List<String> out = new ArrayList<>();
    try {
      for (Rdn rdn : new LdapName(c.getSubjectX500Principal().getName()).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          out.add(String.valueOf(rdn.getValue()));
        }
      }
    } catch (InvalidNameException e) {
      // no CN
    }
    try {
      Collection<List<?>> sans = c.getSubjectAlternativeNames();
      if (sans != null) {
        for (List<?> san : sans) {
          int type = (Integer) san.get(0);
          String v = String.valueOf(san.get(1));
          if (type == 2) {
            out.add(v);
          } else if (type == 6 && v.startsWith("urn:sargas:sensor:")) {
            out.add(v.substring("urn:sargas:sensor:".length()));
          }
        }
      }
    } catch (java.security.cert.CertificateParsingException e) {
      // no usable SAN
    }
    return out;
  }
}
