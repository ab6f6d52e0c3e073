package org.sargas.store.evidence;

/**
 * One problem found in an evidence bundle.
 *
 * @param kind what
 * @param path the bundle-relative file concerned (e.g. {@code "frames.jsonl"}), or "" for the
 *     bundle as a whole
 * @param detail what exactly (expected vs found)
 */
public record BundleFinding(BundleFindingKind kind, String path, String detail) {
  @Override
  public String toString() {
    return kind + (path.isEmpty() ? "" : " " + path) + ": " + detail;
  }
}
