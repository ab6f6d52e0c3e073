package org.sargas.server.federation;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Throw-away key pairs for demos and tests, made with the JDK's {@code keytool} (EC P-256,
 * self-signed, valid two days, SAN 127.0.0.1), and TLS contexts that present one node's key and
 * trust exactly the given partners' certificates (mutual TLS by pinned certificates). Not for
 * production: a deployment uses its PKI's stores (docs/sharing.md).
 */
public final class DemoCertificates {
  /** The password of the generated stores. */
  public static final char[] PASSWORD = "sargas-demo".toCharArray();

  private DemoCertificates() {}

  /**
   * Generates {@code name.p12} (key and certificate) and {@code name.crt} in {@code dir}.
   *
   * @throws IOException when keytool is missing or fails
   */
  public static void generate(Path dir, String name) throws IOException {
    String ks = dir.resolve(name + ".p12").toString();
    String pw = new String(PASSWORD);
    keytool(
        "-genkeypair",
        "-alias",
        name,
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=" + name,
        "-ext",
        "SAN=ip:127.0.0.1",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        ks,
        "-storepass",
        pw);
    keytool(
        "-exportcert",
        "-alias",
        name,
        "-keystore",
        ks,
        "-storepass",
        pw,
        "-file",
        dir.resolve(name + ".crt").toString());
  }

  private static void keytool(String... args) throws IOException {
    Path tool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    if (!Files.isExecutable(tool)) {
      throw new IOException("keytool not found at " + tool + " (a JDK is needed for demo keys)");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(tool.toString());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("keytool failed: " + out.strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running keytool", e);
    }
  }

  /** A context presenting {@code name}'s key and trusting only the partners' certificates. */
  public static SSLContext context(Path dir, String name, List<String> partners)
      throws IOException {
    try {
      KeyStore key = KeyStore.getInstance("PKCS12");
      try (InputStream in = new FileInputStream(dir.resolve(name + ".p12").toFile())) {
        key.load(in, PASSWORD);
      }
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      for (String p : partners) {
        try (InputStream in = new FileInputStream(dir.resolve(p + ".crt").toFile())) {
          Certificate c = cf.generateCertificate(in);
          trust.setCertificateEntry(p, c);
        }
      }
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(key, PASSWORD);
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext c = SSLContext.getInstance("TLS");
      c.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      return c;
    } catch (GeneralSecurityException e) {
      throw new IOException("TLS context for " + name + ": " + e.getMessage(), e);
    }
  }
}
