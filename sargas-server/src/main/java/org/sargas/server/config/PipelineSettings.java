package org.sargas.server.config;

import org.sargas.pipeline.GateSettings;
import org.sargas.pipeline.sector.SectorSettings;

/**
 * Pipeline settings.
 *
 * @param sliceS event-time length of one tracker scan, s (default 1)
 * @param latenessS how long a scan waits for late reports after its end, s (default 1.0)
 * @param queueCapacity frames the ingest queue holds before new frames are dropped (default 65536)
 * @param maxFutureS reports whose event time is further ahead of their receive time are rejected, s
 *     (default 5)
 * @param maxAgeS reports older than this at receipt are rejected, s (default 60)
 * @param maxAltitudeM reports above this altitude are rejected, m (default 30000)
 * @param systemTrackLatenessS lateness allowed to system-track reports (CAT062 from another
 *     tracker) of inputs that set none, s (default 5: a system tracker sends its tracks seconds
 *     after their time of track information; a late one joins the next scan)
 * @param sectors tracking partitioned by geographic sector: {@code columns}, {@code rows}, {@code
 *     haloM} (default one sector; decision 1201). Sectors run in parallel, one thread each.
 * @param lateJoinS a report that arrives after its slice ran, but at most this late, joins the next
 *     slice (the tracker takes it out of sequence) instead of being dropped, s (default 1; with the
 *     default lateness of 1 s this takes nothing more; with a short lateness for low alert latency
 *     a radar plot delayed on a busy machine is still used). Inputs with their own {@code
 *     latenessS} or system tracks keep theirs when it is larger.
 */
public record PipelineSettings(
    Double sliceS,
    Double latenessS,
    Integer queueCapacity,
    Double maxFutureS,
    Double maxAgeS,
    Double maxAltitudeM,
    Double systemTrackLatenessS,
    SectorConfig sectors,
    Double lateJoinS) {
  public PipelineSettings {
    sliceS = sliceS == null ? 1.0 : sliceS;
    latenessS = latenessS == null ? 1.0 : latenessS;
    queueCapacity = queueCapacity == null ? 65536 : queueCapacity;
    maxFutureS = maxFutureS == null ? 5.0 : maxFutureS;
    maxAgeS = maxAgeS == null ? 60.0 : maxAgeS;
    maxAltitudeM = maxAltitudeM == null ? 30000.0 : maxAltitudeM;
    systemTrackLatenessS = systemTrackLatenessS == null ? 5.0 : systemTrackLatenessS;
    sectors = sectors == null ? new SectorConfig(null, null, null) : sectors;
    lateJoinS = lateJoinS == null ? 1.0 : lateJoinS;
    if (!(lateJoinS >= 0)) {
      throw new ConfigException("pipeline.lateJoinS must be >= 0");
    }
  }

  /** Settings with the default late-join allowance. */
  public PipelineSettings(
      Double sliceS,
      Double latenessS,
      Integer queueCapacity,
      Double maxFutureS,
      Double maxAgeS,
      Double maxAltitudeM,
      Double systemTrackLatenessS,
      SectorConfig sectors) {
    this(
        sliceS,
        latenessS,
        queueCapacity,
        maxFutureS,
        maxAgeS,
        maxAltitudeM,
        systemTrackLatenessS,
        sectors,
        null);
  }

  /** Settings with one tracking sector. */
  public PipelineSettings(
      Double sliceS,
      Double latenessS,
      Integer queueCapacity,
      Double maxFutureS,
      Double maxAgeS,
      Double maxAltitudeM,
      Double systemTrackLatenessS) {
    this(
        sliceS,
        latenessS,
        queueCapacity,
        maxFutureS,
        maxAgeS,
        maxAltitudeM,
        systemTrackLatenessS,
        null);
  }

  /**
   * Tracking sectors as configured.
   *
   * @param columns sectors west to east (default 1)
   * @param rows sectors south to north (default 1)
   * @param haloM halo width, m (default 20,000)
   */
  public record SectorConfig(Integer columns, Integer rows, Double haloM) {
    /** The pipeline's sector settings; a ConfigException names what is wrong. */
    public SectorSettings toSettings() {
      try {
        return new SectorSettings(
            columns == null ? 1 : columns,
            rows == null ? 1 : rows,
            haloM == null ? SectorSettings.DEFAULT_HALO_M : haloM);
      } catch (IllegalArgumentException e) {
        throw new ConfigException("pipeline." + e.getMessage());
      }
    }
  }

  /** Settings with the default system-track lateness. */
  public PipelineSettings(
      Double sliceS,
      Double latenessS,
      Integer queueCapacity,
      Double maxFutureS,
      Double maxAgeS,
      Double maxAltitudeM) {
    this(sliceS, latenessS, queueCapacity, maxFutureS, maxAgeS, maxAltitudeM, null, null);
  }

  /** The plausibility gate's limits. */
  public GateSettings gate() {
    return new GateSettings(maxFutureS, maxAgeS, maxAltitudeM);
  }
}
