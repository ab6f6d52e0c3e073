package org.sargas.server.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The web server's TLS key store (PKCS#12): the configured one, or a self-signed certificate the
 * node creates on first start in {@code DATA/security/web-tls.p12} (EC P-256, {@code CN=sargas},
 * subject alternative names {@code localhost}, {@code 127.0.0.1} and the host's name, valid 825
 * days) with a random password beside it in {@code web-tls.password} (owner-only). The certificate
 * is made by the JDK's own {@code keytool} (the JDK has no public API to sign a certificate), so no
 * extra library is shipped for it.
 *
 * @param file the PKCS#12 file
 * @param password its password
 * @param selfSigned whether the node made it
 */
public record WebKeyStore(Path file, char[] password, boolean selfSigned) {
  /** The self-signed key store inside the data directory. */
  public static final String SELF_SIGNED_FILE = "security/web-tls.p12";

  /** The configured key store; the password file's first line is the password. */
  public static WebKeyStore configured(Path file, Path passwordFile) throws IOException {
    List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IOException(passwordFile + ": empty (the key store password is its first line)");
    }
    return new WebKeyStore(file, lines.get(0).strip().toCharArray(), false);
  }

  /** The self-signed key store of {@code dataDir}, created on first use. */
  public static WebKeyStore selfSigned(Path dataDir) throws IOException {
    Path file = dataDir.resolve(SELF_SIGNED_FILE);
    Path passwordFile = file.resolveSibling("web-tls.password");
    if (!Files.isRegularFile(file) || !Files.isRegularFile(passwordFile)) {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      byte[] secret = new byte[24];
      new SecureRandom().nextBytes(secret);
      String password = HexFormat.of().formatHex(secret);
      Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
      LocalIssuer.ownerOnly(passwordFile);
      keytool(file, password);
      LocalIssuer.ownerOnly(file);
    }
    WebKeyStore ks = configured(file, passwordFile);
    return new WebKeyStore(ks.file(), ks.password(), true);
  }

  private static void keytool(Path file, String password) throws IOException {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "localhost";
    }
    String san = "dns:localhost,ip:127.0.0.1,ip:::1";
    if (host.matches("[A-Za-z0-9.-]+") && !host.equals("localhost")) {
      san += ",dns:" + host;
    }
    ProcessBuilder pb =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                "sargas",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-sigalg",
                "SHA256withECDSA",
                "-dname",
                "CN=sargas",
                "-ext",
                "SAN=" + san,
                "-validity",
                "825",
                "-storetype",
                "PKCS12",
                "-keystore",
                file.toString(),
                "-storepass:env",
                "SARGAS_KEYSTORE_PASSWORD")
            .redirectErrorStream(true);
    pb.environment().put("SARGAS_KEYSTORE_PASSWORD", password);
    Process p = pb.start();
    p.getOutputStream().close();
    try {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IOException(
            "keytool could not create the self-signed web certificate "
                + file
                + " ("
                + keytool
                + "): "
                + out.strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while creating " + file, e);
    }
  }
}
