package org.sargas.store.evidence;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param directory the bundle directory
 * @param incidentId the incident
 * @param entryIndices leaf indices of the incident's entries in the bundle
 * @param exportEntryIndex leaf index of the {@code bundle.exported} entry recording this export
 * @param checkpoint the signed checkpoint the bundle's proofs lead to
 */
public record ExportedBundle(
    Path directory,
    String incidentId,
    List<Long> entryIndices,
    long exportEntryIndex,
    SignedCheckpoint checkpoint) {
  public ExportedBundle {
    entryIndices = List.copyOf(entryIndices);
  }
}
