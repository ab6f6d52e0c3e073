/**
 * The evidence log: an append-only Merkle log with RFC 9162 (Certificate Transparency 2.0) hashing
 * over canonical-JSON evidence entries (violations, alerts, acknowledgements, exports), inclusion
 * and consistency proofs with their RFC 9162 section 2.1.3.2 / 2.1.4.2 verifiers, Ed25519-signed
 * checkpoints, offline audit of a log directory, and incident evidence bundles with an offline
 * verifier. Formats are described in docs/evidence.md.
 */
package org.sargas.store.evidence;
