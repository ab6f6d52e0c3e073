package org.sargas.server.config;

/**
 * Mutual TLS on a TCP feed (docs/security.md, "Sensors"): the node checks the sensor's certificate
 * and presents its own.
 *
 * @param trustedCa PEM file of the certificate authority that issues sensor certificates (only this
 *     CA is trusted for this input, not the system's)
 * @param keyStore PKCS#12 file with the node's client key and certificate, presented to the sensor
 *     (null: none, for relays that do not ask)
 * @param keyStorePasswordFile a file whose first line is the key store's password
 * @param crl a CRL file (PEM or DER) of that CA, re-read on every connection; null: revocation is
 *     not checked (say so in the deployment's risk register)
 * @param peerName the name the sensor's certificate must carry (subject CN, or a DNS or URI subject
 *     alternative name, {@code urn:sargas:sensor:NAME}); default: the input's sensorId, else its id
 */
public record SensorTlsSettings(
    String trustedCa, String keyStore, String keyStorePasswordFile, String crl, String peerName) {
  public SensorTlsSettings {
    if (trustedCa == null || trustedCa.isBlank()) {
      throw new ConfigException("tls: trustedCa (the sensor CA's PEM file) is required");
    }
    if (keyStore != null && keyStorePasswordFile == null) {
      throw new ConfigException("tls: keyStore needs keyStorePasswordFile");
    }
  }

  /** A copy naming the expected peer. */
  public SensorTlsSettings withPeerName(String name) {
    return new SensorTlsSettings(trustedCa, keyStore, keyStorePasswordFile, crl, name);
  }
}
