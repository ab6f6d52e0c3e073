package org.sargas.server.config;

import java.util.List;

/**
 * One output of the live picture (docs/sharing.md).
 *
 * @param id stable output id (metrics and logs name it)
 * @param format {@code asterix-cat062}, {@code cot-xml}, {@code tak-protobuf} or {@code webhook}
 * @param transport {@code udp} (default; unicast or multicast), {@code tcp} or {@code tls} (client
 *     to a TAK Server or consumer, reconnecting); ignored by {@code webhook}
 * @param host destination host (unicast), or null with {@code multicastGroup}
 * @param port destination port (CoT default 6969; CAT062 required)
 * @param multicastGroup UDP: multicast group to send to (CoT mesh default 239.2.3.1 when neither
 *     host nor group is given)
 * @param ttl UDP multicast time-to-live (default 1: the local network only)
 * @param updateIntervalS how often the picture is sent, s (default 1 for CAT062, 2 for CoT)
 * @param staleS CoT: how long after a track's time its event goes stale, s (default 5 × update)
 * @param sac CAT062/065 I062/010 System Area Code of this node (default 0)
 * @param sic CAT062/065 I062/010 System Identification Code of this node (default 1)
 * @param statusIntervalS CAT065 SDPS status period, s (default 5; end of batch follows every
 *     update)
 * @param uidPrefix CoT: uid prefix, {@code <prefix>-<trackId>} (default {@code sargas})
 * @param wallClockTimes CoT: shift event times to the wall clock (for a demo whose clock runs in
 *     the scenario's past, so that TAK clients do not drop the events as stale; default false)
 * @param url webhook: the http(s) URL alerts are POSTed to
 * @param secret webhook: HMAC-SHA256 key (prefer {@code secretEnv}; removed from the stored copy)
 * @param secretEnv webhook: environment variable holding the key (default {@code
 *     SARGAS_WEBHOOK_SECRET})
 * @param maxAttempts webhook: attempts per alert before it is given up and counted (default 6)
 * @param retryInitialS webhook: delay before the first retry, doubled each time (default 1 s, at
 *     most 60 s)
 * @param trustStore tls: PKCS#12 trust store with the server's CA, or null for the JDK's
 * @param keyStore tls: PKCS#12 key store with this node's client certificate, or null
 * @param storePasswordEnv tls: environment variable with the stores' password (default {@code
 *     SARGAS_TLS_PASSWORD})
 * @param filter which tracks are sent (default all)
 */
public record OutputConfig(
    String id,
    String format,
    String transport,
    String host,
    Integer port,
    String multicastGroup,
    Integer ttl,
    Double updateIntervalS,
    Double staleS,
    Integer sac,
    Integer sic,
    Double statusIntervalS,
    String uidPrefix,
    Boolean wallClockTimes,
    String url,
    String secret,
    String secretEnv,
    Integer maxAttempts,
    Double retryInitialS,
    String trustStore,
    String keyStore,
    String storePasswordEnv,
    OutputFilter filter) {

  /** The formats an output may have. */
  public static final List<String> FORMATS =
      List.of("asterix-cat062", "cot-xml", "tak-protobuf", "webhook");

  /** The CoT mesh (SA multicast) group TAK clients listen on by default. */
  public static final String COT_MESH_GROUP = "239.2.3.1";

  /** The CoT mesh port. */
  public static final int COT_MESH_PORT = 6969;

  public OutputConfig {
    if (id == null || format == null) {
      throw new ConfigException("output needs id and format");
    }
    if (!FORMATS.contains(format)) {
      throw new ConfigException("output " + id + ": format must be one of " + FORMATS);
    }
    transport = transport == null ? "udp" : transport;
    if (!List.of("udp", "tcp", "tls").contains(transport)) {
      throw new ConfigException("output " + id + ": transport must be udp, tcp or tls");
    }
    boolean cot = isCot(format);
    if (cot && host == null && multicastGroup == null && "udp".equals(transport)) {
      multicastGroup = COT_MESH_GROUP;
    }
    port = port == null && cot ? (Integer) COT_MESH_PORT : port;
    if (!"webhook".equals(format) && (port == null || (host == null && multicastGroup == null))) {
      throw new ConfigException("output " + id + ": needs a port and a host or multicastGroup");
    }
    if ("webhook".equals(format)
        && (url == null || !(url.startsWith("http://") || url.startsWith("https://")))) {
      throw new ConfigException("output " + id + ": webhook needs an http(s) url");
    }
    ttl = ttl == null ? 1 : ttl;
    updateIntervalS = updateIntervalS == null ? (cot ? 2.0 : 1.0) : updateIntervalS;
    if (!(updateIntervalS >= 0.1)) {
      throw new ConfigException("output " + id + ": updateIntervalS must be >= 0.1");
    }
    staleS = staleS == null ? 5 * updateIntervalS : staleS;
    sac = sac == null ? 0 : sac;
    sic = sic == null ? 1 : sic;
    if (sac < 0 || sac > 255 || sic < 0 || sic > 255) {
      throw new ConfigException("output " + id + ": sac and sic must be 0..255");
    }
    statusIntervalS = statusIntervalS == null ? 5.0 : statusIntervalS;
    uidPrefix = uidPrefix == null ? "sargas" : uidPrefix;
    wallClockTimes = wallClockTimes != null && wallClockTimes;
    secretEnv = secretEnv == null ? "SARGAS_WEBHOOK_SECRET" : secretEnv;
    maxAttempts = maxAttempts == null ? 6 : Math.max(1, maxAttempts);
    retryInitialS = retryInitialS == null ? 1.0 : retryInitialS;
    storePasswordEnv = storePasswordEnv == null ? "SARGAS_TLS_PASSWORD" : storePasswordEnv;
    filter = filter == null ? OutputFilter.ALL : filter;
  }

  /** Whether the format is Cursor-on-Target (XML or TAK protobuf). */
  public static boolean isCot(String format) {
    return "cot-xml".equals(format) || "tak-protobuf".equals(format);
  }

  /** A UDP output of the given format to {@code host:port} (a multicast group or unicast host). */
  public static OutputConfig udp(String id, String format, String host, int port) {
    return udp(id, format, host, port, false);
  }

  /**
   * A UDP output of the given format to {@code host:port}, CoT times shifted to the wall clock or
   * not.
   */
  public static OutputConfig udp(
      String id, String format, String host, int port, boolean wallClockTimes) {
    return new OutputConfig(
        id,
        format,
        "udp",
        host,
        port,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        wallClockTimes,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** A copy without the webhook secret. */
  public OutputConfig withoutSecrets() {
    return new OutputConfig(
        id,
        format,
        transport,
        host,
        port,
        multicastGroup,
        ttl,
        updateIntervalS,
        staleS,
        sac,
        sic,
        statusIntervalS,
        uidPrefix,
        wallClockTimes,
        url,
        null,
        secretEnv,
        maxAttempts,
        retryInitialS,
        trustStore,
        keyStore,
        storePasswordEnv,
        filter);
  }
}
