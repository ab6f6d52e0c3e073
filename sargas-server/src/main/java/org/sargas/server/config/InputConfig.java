package org.sargas.server.config;

import java.util.List;
import org.sargas.model.frame.FrameFormat;

/**
 * One ingest source.
 *
 * @param id stable source id (journal records carry it; replay maps it back to this input)
 * @param type {@code udp} (listen), {@code tcp} (client with reconnect), {@code file} (read once)
 *     or {@code sapient-dmm} (listen for one SAPIENT node as its decision-making module)
 * @param format wire format: ASTERIX over UDP; BEAST, AVR or SBS over TCP or in files
 * @param host TCP: receiver host; UDP: bind address (default 0.0.0.0)
 * @param port TCP: receiver port; UDP: local port
 * @param multicastGroup UDP multicast group to join, or null
 * @param allowedSource UDP: the only sender address accepted, or null for any
 * @param sensorId the sensor of a Mode S / Remote ID feed (ASTERIX sensors are found by SAC/SIC)
 * @param path file inputs: the file
 * @param acceptSacSic ASTERIX: accepted "SAC/SIC" values; empty = those of the configured sensors
 * @param latenessS how late (watermark minus event time) this input's reports may arrive and still
 *     be used, s; null: {@code pipeline.systemTrackLatenessS} for system-track reports (CAT062),
 *     {@code pipeline.latenessS} for the others. It can only extend the pipeline's lateness: a late
 *     report joins the next scan instead of holding scans back.
 * @param tls TCP: mutual TLS with the sensor (docs/security.md); null: plain TCP
 */
public record InputConfig(
    String id,
    String type,
    FrameFormat format,
    String host,
    Integer port,
    String multicastGroup,
    String allowedSource,
    String sensorId,
    String path,
    List<String> acceptSacSic,
    Double latenessS,
    SensorTlsSettings tls) {
  public InputConfig {
    if (id == null || type == null || format == null) {
      throw new ConfigException("input needs id, type and format");
    }
    if (!List.of("udp", "tcp", "file", "sapient-dmm").contains(type)) {
      throw new ConfigException(
          "input " + id + ": type must be udp, tcp, file or sapient-dmm, not " + type);
    }
    if ("sapient-dmm".equals(type) && (format != FrameFormat.SAPIENT || sensorId == null)) {
      throw new ConfigException(
          "input " + id + ": sapient-dmm needs format SAPIENT and a sensorId");
    }
    acceptSacSic = acceptSacSic == null ? List.of() : List.copyOf(acceptSacSic);
    if (latenessS != null && !(latenessS >= 0)) {
      throw new ConfigException("input " + id + ": latenessS must be >= 0");
    }
    if (tls != null && !type.equals("tcp")) {
      throw new ConfigException(
          "input " + id + ": tls is for tcp inputs (UDP cannot authenticate its sender)");
    }
  }

  /** A plain (no TLS) input with its lateness. */
  public InputConfig(
      String id,
      String type,
      FrameFormat format,
      String host,
      Integer port,
      String multicastGroup,
      String allowedSource,
      String sensorId,
      String path,
      List<String> acceptSacSic,
      Double latenessS) {
    this(
        id,
        type,
        format,
        host,
        port,
        multicastGroup,
        allowedSource,
        sensorId,
        path,
        acceptSacSic,
        latenessS,
        null);
  }

  /** An input with the default lateness. */
  public InputConfig(
      String id,
      String type,
      FrameFormat format,
      String host,
      Integer port,
      String multicastGroup,
      String allowedSource,
      String sensorId,
      String path,
      List<String> acceptSacSic) {
    this(
        id,
        type,
        format,
        host,
        port,
        multicastGroup,
        allowedSource,
        sensorId,
        path,
        acceptSacSic,
        null);
  }

  /** The name the sensor's certificate must carry: tls.peerName, else sensorId, else id. */
  public String tlsPeerName() {
    if (tls != null && tls.peerName() != null) {
      return tls.peerName();
    }
    return sensorId != null ? sensorId : id;
  }
}
