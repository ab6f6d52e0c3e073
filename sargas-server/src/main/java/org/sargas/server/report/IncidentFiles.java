package org.sargas.server.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.airspace.Violation;
import org.sargas.model.frame.RawFrame;
import org.sargas.model.track.Track;
import org.sargas.server.json.ViolationJson;
import org.sargas.store.DataDirectory;
import org.sargas.store.evidence.BundleExporter;
import org.sargas.store.evidence.EvidenceLog;
import org.sargas.store.evidence.ExportedBundle;
import org.sargas.store.incident.IncidentStore;
import org.sargas.store.journal.JournalEntry;
import org.sargas.store.journal.JournalReader;

/**
 * Gathers what belongs to one incident — the violation, its track history and the raw frames
 * received around it — and renders reports or exports evidence bundles.
 */
public final class IncidentFiles {
  /** Track history and raw frames are taken from this long before entry and after exit. */
  public static final long MARGIN_S = 120;

  private final IncidentStore store;
  private final DataDirectory data;
  private final CountryBorders borders;

  public IncidentFiles(IncidentStore store, DataDirectory data, CountryBorders borders) {
    this.store = store;
    this.data = data;
    this.borders = borders;
  }

  /** The track history around the violation, time order. */
  public List<Track> track(Violation v) {
    Instant end = v.exitTime() != null ? v.exitTime() : v.entryTime();
    return store.trackHistory(
        v.trackId(), v.entryTime().minusSeconds(MARGIN_S), end.plusSeconds(MARGIN_S));
  }

  /**
   * Raw frames received from {@link #MARGIN_S} before entry to as long after exit, receive order.
   */
  public List<RawFrame> frames(Violation v) throws IOException {
    Instant from = v.entryTime().minusSeconds(MARGIN_S);
    Instant to = (v.exitTime() != null ? v.exitTime() : v.entryTime()).plusSeconds(MARGIN_S);
    List<RawFrame> out = new ArrayList<>();
    if (!Files.isDirectory(data.journal())) {
      return out;
    }
    try (JournalReader r = JournalReader.open(data.journal())) {
      for (JournalEntry e = r.next(); e != null; e = r.next()) {
        Instant t = e.frame().receiveTime();
        if (!t.isBefore(from) && !t.isAfter(to)) {
          out.add(e.frame());
        }
      }
    }
    return out;
  }

  /** Renders the report (HTML in English). */
  public String report(Violation v, ReportFormat format) {
    return report(v, format, "en");
  }

  /**
   * Renders the report; the HTML report in {@code lang} (one of {@link HtmlReport#LANGUAGES}, else
   * English), GeoJSON and KML carry data only.
   */
  public String report(Violation v, ReportFormat format, String lang) {
    List<Track> track = track(v);
    return switch (format) {
      case HTML -> new HtmlReport(borders).render(v, track, lang);
      case GEOJSON -> GeoReports.geoJson(v, track);
      case KML -> GeoReports.kml(v, track);
    };
  }

  /** Exports the evidence bundle of a violation into {@code out}. */
  public ExportedBundle exportBundle(
      EvidenceLog log, InstantSource clock, String violationId, Path out) throws IOException {
    Violation v =
        store
            .violation(violationId)
            .orElseThrow(() -> new IllegalArgumentException("no violation " + violationId))
            .violation();
    byte[] incident =
        new ObjectMapper()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsBytes(ViolationJson.toMap(v));
    return new BundleExporter(log, clock).export(violationId, incident, frames(v), track(v), out);
  }

  /** Zips a directory tree (paths relative to it). */
  public static byte[] zip(Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes);
        Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        z.putNextEntry(new ZipEntry(dir.relativize(p).toString().replace('\\', '/')));
        Files.copy(p, z);
        z.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** Deletes a directory tree. */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
