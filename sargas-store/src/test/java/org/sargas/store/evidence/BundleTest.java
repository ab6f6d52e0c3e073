package org.sargas.store.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationEvent;
import org.sargas.model.frame.RawFrame;
import org.sargas.model.track.Track;
import org.sargas.store.incident.Acknowledgement;
import org.sargas.store.testing.Frames;
import org.sargas.store.testing.Incidents;
import org.sargas.store.testing.MutableClock;

class BundleTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @TempDir Path work;
  private final MutableClock clock = new MutableClock(T0);
  private EvidenceLog log;
  private String incident;
  private final byte[] incidentJson =
      "{\"id\":\"x\",\"note\":\"as shown to operators\"}".getBytes(StandardCharsets.UTF_8);
  private List<RawFrame> frames;
  private List<Track> track;

  @BeforeEach
  void setUp() throws IOException {
    log = EvidenceLog.open(work.resolve("log"), clock);
    for (int t = 0; t < 30; t++) {
      List<ViolationEvent> events = Incidents.lifeCycle("T" + t, T0.plusSeconds(t), 2);
      for (ViolationEvent e : events) {
        log.append(EvidenceEntries.violation(e));
      }
      Violation v = events.get(0).violation();
      log.append(EvidenceEntries.alert(Incidents.alertFor(v), v.violationId()));
      if (t == 7) {
        incident = v.violationId();
        log.append(
            EvidenceEntries.acknowledgement(
                new Acknowledgement(
                    "alert/" + v.violationId(), "duty-officer", T0.plusSeconds(90), "seen"),
                v.violationId()));
      }
    }
    log.checkpoint();
    frames = Frames.random(3, 40, T0);
    track = Incidents.track("T7", T0, 25, 5);
  }

  private Path export() throws IOException {
    clock.advance(Duration.ofMinutes(5));
    Path out = work.resolve("bundle-" + System.nanoTime());
    new BundleExporter(log, clock).export(incident, incidentJson, frames, track, out);
    return out;
  }

  private static List<String> files(Path bundle) throws IOException {
    try (Stream<Path> s = Files.walk(bundle)) {
      return s.filter(Files::isRegularFile)
          .map(p -> bundle.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  private static Path copy(Path bundle, Path to) throws IOException {
    for (String f : files(bundle)) {
      Files.createDirectories(to.resolve(f).getParent());
      Files.copy(bundle.resolve(f), to.resolve(f));
    }
    return to;
  }

  @Test
  void anExportedBundleVerifiesOffline() throws IOException {
    Path b = export();
    BundleReport r = BundleVerifier.verify(b, log.key().publicKey());
    assertThat(r.findings()).isEmpty();
    assertThat(r.ok()).isTrue();
    assertThat(r.incidentId()).isEqualTo(incident);
    // 5 violation events + alert + acknowledgement + the export record
    assertThat(r.entriesVerified()).isEqualTo(4 + 1 + 1 + 1);
    assertThat(r.keyId()).isEqualTo(log.key().keyId());
    assertThat(Files.readAllBytes(b.resolve("incident.json"))).isEqualTo(incidentJson);
    assertThat(Files.readAllLines(b.resolve("frames.jsonl"))).hasSize(40);
    // The export itself is evidence, and the log still audits clean.
    assertThat(log.entriesOf(incident)).hasSize(7);
    assertThat(EvidenceLogAudit.audit(log.directory(), log.key().publicKey()).ok()).isTrue();
    // Verifies with the bundle's own key too (the report names the key to compare).
    assertThat(BundleVerifier.verify(b, null).ok()).isTrue();
  }

  @Test
  void aChangeToAnyFileIsReportedAgainstThatFile() throws IOException {
    Path b = export();
    int n = 0;
    for (String f : files(b)) {
      Path c = copy(b, work.resolve("mod-" + n++));
      byte[] bytes = Files.readAllBytes(c.resolve(f));
      bytes[bytes.length / 2] ^= 0x01;
      Files.write(c.resolve(f), bytes);
      BundleReport r = BundleVerifier.verify(c, log.key().publicKey());
      assertThat(r.ok()).as("flip in %s", f).isFalse();
      if (!f.equals("manifest.json")) {
        assertThat(r.findings())
            .as("flip in %s: %s", f, r.findings())
            .anySatisfy(x -> assertThat(x.path()).isEqualTo(f));
      }
    }
  }

  @Test
  void aChangeWithAMatchingManifestIsStillPinnedToTheFileByTheLog() throws IOException {
    Path b = export();
    Path c = copy(b, work.resolve("forged"));
    String frames = Files.readString(c.resolve("frames.jsonl"));
    String forgedFrames = frames.substring(frames.indexOf('\n') + 1);
    Files.writeString(c.resolve("frames.jsonl"), forgedFrames);
    String manifest = Files.readString(c.resolve("manifest.json"));
    String oldHash =
        java.util.HexFormat.of()
            .formatHex(MerkleHashes.sha256(frames.getBytes(StandardCharsets.UTF_8)));
    String newHash =
        java.util.HexFormat.of()
            .formatHex(MerkleHashes.sha256(forgedFrames.getBytes(StandardCharsets.UTF_8)));
    Files.writeString(
        c.resolve("manifest.json"),
        manifest
            .replace(oldHash, newHash)
            .replace("\"bytes\":" + frames.length(), "\"bytes\":" + forgedFrames.length()));
    BundleReport r = BundleVerifier.verify(c, log.key().publicKey());
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.kind()).isEqualTo(BundleFindingKind.MODIFIED_FILE);
              assertThat(x.path()).isEqualTo("frames.jsonl");
              assertThat(x.detail()).contains("evidence log recorded");
            });
    assertThat(r.toText())
        .startsWith("MODIFIED: incident " + incident)
        .contains("MODIFIED_FILE frames.jsonl");
  }

  @Test
  void missingExtraAndSwappedEntriesAreReported() throws IOException {
    Path b = export();
    Path missing = copy(b, work.resolve("missing"));
    Files.delete(missing.resolve("track.json"));
    assertThat(BundleVerifier.verify(missing, log.key().publicKey()).findings())
        .anySatisfy(
            x -> {
              assertThat(x.kind()).isEqualTo(BundleFindingKind.MISSING_FILE);
              assertThat(x.path()).isEqualTo("track.json");
            });

    Path extra = copy(b, work.resolve("extra"));
    Files.writeString(extra.resolve("entries/999999999999.json"), "{}");
    assertThat(BundleVerifier.verify(extra, log.key().publicKey()).findings())
        .extracting(BundleFinding::kind)
        .containsExactly(BundleFindingKind.UNLISTED_FILE);

    // Replace the incident's first entry with another incident's entry (and its real proof).
    Path swapped = copy(b, work.resolve("swapped"));
    long mine = log.entriesOf(incident).get(0);
    long other = mine - 1;
    Files.write(swapped.resolve(BundleLayout.entryPath(mine)), log.entry(other));
    BundleReport r = BundleVerifier.verify(swapped, log.key().publicKey());
    assertThat(r.findings())
        .extracting(BundleFinding::kind)
        .contains(BundleFindingKind.MODIFIED_FILE, BundleFindingKind.NOT_IN_LOG);
  }

  @Test
  void aBundleReSignedWithAnotherKeyFailsAgainstTheTrustedKey() throws IOException {
    Path b = export();
    try (EvidenceLog forger = EvidenceLog.open(work.resolve("forger"), clock)) {
      for (long i : log.entriesOf(incident)) {
        if (i != log.size() - 1) {
          forger.append(EvidenceEntry.parse(log.entry(i)));
        }
      }
      Path forged = work.resolve("forged-bundle");
      new BundleExporter(forger, clock)
          .export(incident, incidentJson, frames.subList(1, 40), track, forged);
      assertThat(BundleVerifier.verify(forged, null).ok()).isTrue();
      BundleReport r = BundleVerifier.verify(forged, log.key().publicKey());
      assertThat(r.findings())
          .extracting(BundleFinding::kind)
          .contains(BundleFindingKind.UNTRUSTED_KEY, BundleFindingKind.BAD_SIGNATURE);
    }
    assertThat(BundleVerifier.verify(b, log.key().publicKey()).ok()).isTrue();
  }

  @Test
  void exportRefusesUnknownIncidentsAndNonEmptyDirectories() throws IOException {
    assertThatThrownBy(
            () ->
                new BundleExporter(log, clock)
                    .export("nope", incidentJson, frames, track, work.resolve("x")))
        .isInstanceOf(IllegalArgumentException.class);
    Path full = work.resolve("full");
    Files.createDirectories(full);
    Files.writeString(full.resolve("a"), "a");
    assertThatThrownBy(
            () ->
                new BundleExporter(log, clock).export(incident, incidentJson, frames, track, full))
        .isInstanceOf(IOException.class);
  }
}
