package org.sargas.store.evidence;

/** What an evidence bundle verification found wrong. */
public enum BundleFindingKind {
  /** manifest.json is missing or unreadable: nothing else can be checked. */
  MANIFEST_UNREADABLE,
  /** A file the manifest lists is absent. */
  MISSING_FILE,
  /** A file's content differs from the SHA-256 recorded for it (in the log or the manifest). */
  MODIFIED_FILE,
  /** A file present in the bundle that the manifest does not list. */
  UNLISTED_FILE,
  /** The manifest's file list disagrees with the one recorded in the evidence log at export. */
  MANIFEST_ALTERED,
  /** The public key file is missing or not an Ed25519 key. */
  KEY_UNREADABLE,
  /** The bundle's key is not the key the verifier was told to trust. */
  UNTRUSTED_KEY,
  /** checkpoint.json is missing or unreadable. */
  CHECKPOINT_UNREADABLE,
  /** The checkpoint signature does not verify with the bundle's key. */
  BAD_SIGNATURE,
  /** An inclusion proof file is missing or unreadable, or proves against another tree size. */
  PROOF_UNREADABLE,
  /** An entry is not included in the signed tree: the entry or its proof was changed. */
  NOT_IN_LOG,
  /** An entry belongs to another incident than the bundle's. */
  FOREIGN_ENTRY,
  /** The set of entries differs from the one recorded at export (entries added or removed). */
  ENTRY_SET_MISMATCH,
  /** The export record in the log is missing or malformed. */
  EXPORT_RECORD_INVALID
}
