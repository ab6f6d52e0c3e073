package org.sargas.server.ingest;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority for tests (BouncyCastle, test scope): issues sensor and node
 * certificates, expired ones, and CRLs. EC P-256 throughout.
 */
final class TestPki {
  private static final AtomicLong SERIALS = new AtomicLong(1000);

  /** A key pair with its certificate. */
  record Issued(KeyPair keys, X509Certificate certificate) {
    BigInteger serial() {
      return certificate.getSerialNumber();
    }

    /** A PKCS#12 key store with this key and certificate (password "changeit"). */
    KeyStore keyStore(X509Certificate... chainAbove) throws Exception {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      X509Certificate[] chain = new X509Certificate[1 + chainAbove.length];
      chain[0] = certificate;
      System.arraycopy(chainAbove, 0, chain, 1, chainAbove.length);
      ks.setKeyEntry("key", keys.getPrivate(), "changeit".toCharArray(), chain);
      return ks;
    }
  }

  private final Issued ca;

  /** A new CA named {@code name}. */
  TestPki(String name) throws Exception {
    KeyPair k = keys();
    Instant now = Instant.now();
    JcaX509v3CertificateBuilder b =
        new JcaX509v3CertificateBuilder(
            new X500Name("CN=" + name),
            BigInteger.valueOf(SERIALS.incrementAndGet()),
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(Duration.ofDays(3650))),
            new X500Name("CN=" + name),
            k.getPublic());
    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
    b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    ca = new Issued(k, new JcaX509CertificateConverter().getCertificate(b.build(signer(k))));
  }

  X509Certificate certificate() {
    return ca.certificate();
  }

  /** A certificate for {@code name} (subject CN and DNS name), valid from/to the given times. */
  Issued issue(String name, Instant notBefore, Instant notAfter) throws Exception {
    KeyPair k = keys();
    JcaX509v3CertificateBuilder b =
        new JcaX509v3CertificateBuilder(
            ca.certificate(),
            BigInteger.valueOf(SERIALS.incrementAndGet()),
            Date.from(notBefore),
            Date.from(notAfter),
            new javax.security.auth.x500.X500Principal("CN=" + name),
            k.getPublic());
    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    b.addExtension(
        Extension.subjectAlternativeName,
        false,
        new GeneralNames(new GeneralName(GeneralName.dNSName, name)));
    return new Issued(
        k, new JcaX509CertificateConverter().getCertificate(b.build(signer(ca.keys()))));
  }

  /** A certificate for {@code name} valid for a year from yesterday. */
  Issued issue(String name) throws Exception {
    Instant now = Instant.now();
    return issue(name, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
  }

  /** Writes the CA's CRL revoking {@code revoked} (DER) to {@code file}. */
  Path crl(Path file, List<BigInteger> revoked) throws Exception {
    Instant now = Instant.now();
    X509v2CRLBuilder b =
        new JcaX509v2CRLBuilder(ca.certificate(), Date.from(now.minus(Duration.ofHours(1))));
    b.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
    for (BigInteger serial : revoked) {
      b.addCRLEntry(serial, Date.from(now.minus(Duration.ofMinutes(30))), CRLReason.keyCompromise);
    }
    Files.write(file, b.build(signer(ca.keys())).getEncoded());
    return file;
  }

  /** Writes the CA certificate as PEM to {@code file}. */
  Path pem(Path file) throws IOException, java.security.cert.CertificateEncodingException {
    String b64 =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(ca.certificate().getEncoded());
    Files.writeString(
        file, "-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n");
    return file;
  }

  private static KeyPair keys() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(256);
    return g.generateKeyPair();
  }

  private static ContentSigner signer(KeyPair k) throws Exception {
    return new JcaContentSignerBuilder("SHA256withECDSA").build(k.getPrivate());
  }
}
