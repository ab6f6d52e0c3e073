package org.sargas.store.evidence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sargas.model.frame.RawFrame;
import org.sargas.model.track.Track;

/**
 * Writes an incident's evidence bundle: a directory that proves, offline and to anyone holding the
 * node's public key, what the node recorded about the incident.
 *
 * <p>Procedure: (1) write the content files (the caller's incident JSON, the track, the raw frames,
 * the incident's log entries); (2) append a {@code bundle.exported} entry to the log that records
 * the SHA-256 of every content file and the entry indices; (3) sign a checkpoint covering it; (4)
 * write an inclusion proof for every entry, the checkpoint, the public key and the manifest.
 * Anchoring the file hashes in the log means no file can be changed without the change being pinned
 * to that file. Layout in docs/evidence.md. Thread-safe (the log serialises).
 */
public final class BundleExporter {
  private final EvidenceLog log;
  private final InstantSource clock;

  public BundleExporter(EvidenceLog log, InstantSource clock) {
    this.log = Objects.requireNonNull(log, "log");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Exports the bundle of {@code incidentId} into {@code out} (created; must not exist or be
   * empty).
   *
   * @param incidentJson the incident as the server presents it (any JSON bytes; kept verbatim)
   * @param frames the raw frames behind the incident, in receive order
   * @param track the track history of the incident's track, in time order
   * @throws IOException if writing fails or {@code out} is not empty
   * @throws IllegalArgumentException if the log has no entry for the incident
   */
  public ExportedBundle export(
      String incidentId, byte[] incidentJson, List<RawFrame> frames, List<Track> track, Path out)
      throws IOException {
    List<Long> indices = log.entriesOf(incidentId);
    if (indices.isEmpty()) {
      throw new IllegalArgumentException("no evidence entries for incident " + incidentId);
    }
    if (Files.exists(out)) {
      try (var s = Files.list(out)) {
        if (s.findAny().isPresent()) {
          throw new IOException("bundle directory not empty: " + out);
        }
      }
    }
    Files.createDirectories(out.resolve(BundleLayout.ENTRIES_DIR));
    Files.createDirectories(out.resolve(BundleLayout.PROOFS_DIR));

    Map<String, byte[]> content = new LinkedHashMap<>();
    content.put(BundleLayout.INCIDENT, incidentJson.clone());
    ArrayNode trackArray = CanonicalJson.object().arrayNode();
    for (Track t : track) {
      trackArray.add(EvidenceJson.track(t));
    }
    content.put(BundleLayout.TRACK, CanonicalJson.bytes(trackArray));
    ByteArrayOutputStream framesOut = new ByteArrayOutputStream();
    for (RawFrame f : frames) {
      framesOut.write(CanonicalJson.bytes(EvidenceJson.frame(f)));
      framesOut.write('\n');
    }
    content.put(BundleLayout.FRAMES, framesOut.toByteArray());
    for (long i : indices) {
      content.put(BundleLayout.entryPath(i), log.entry(i));
    }

    ObjectNode export = CanonicalJson.object();
    ArrayNode files = export.putArray("files");
    content.forEach((path, bytes) -> BundleLayout.addFile(files, path, bytes));
    ArrayNode entryList = export.putArray("entries");
    indices.forEach(entryList::add);
    export.put("frames", frames.size());
    export.put("trackPoints", track.size());

    EvidenceEntry exportEntry = EvidenceEntries.export(incidentId, clock.instant(), export);
    long exportIndex = log.append(exportEntry);
    SignedCheckpoint checkpoint = log.checkpoint();
    long treeSize = checkpoint.checkpoint().treeSize();

    Map<String, byte[]> all = new LinkedHashMap<>(content);
    all.put(BundleLayout.entryPath(exportIndex), exportEntry.json());
    List<Long> proven = new ArrayList<>(indices);
    proven.add(exportIndex);
    for (long i : proven) {
      all.put(BundleLayout.proofPath(i), log.inclusionProof(i, treeSize).toJson());
    }
    all.put(BundleLayout.CHECKPOINT, checkpoint.toJson());
    all.put(
        BundleLayout.PUBLIC_KEY,
        NodeKey.toPem(log.key().publicKey()).getBytes(StandardCharsets.US_ASCII));

    ObjectNode manifest = CanonicalJson.object();
    manifest.put("format", BundleLayout.FORMAT);
    manifest.put("incidentId", incidentId);
    manifest.put("exportEntry", exportIndex);
    ArrayNode me = manifest.putArray("entries");
    indices.forEach(me::add);
    manifest.put("treeSize", treeSize);
    ArrayNode mf = manifest.putArray("files");
    all.forEach((path, bytes) -> BundleLayout.addFile(mf, path, bytes));

    for (Map.Entry<String, byte[]> e : all.entrySet()) {
      Files.write(out.resolve(e.getKey()), e.getValue());
    }
    Files.write(out.resolve(BundleLayout.MANIFEST), CanonicalJson.bytes(manifest));
    return new ExportedBundle(out, incidentId, indices, exportIndex, checkpoint);
  }
}
