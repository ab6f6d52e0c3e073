/**
 * Surveillance wire formats, bytes to records and back, with no I/O: ASTERIX ({@code asterix}),
 * Mode S / ADS-B ({@code modes}), drone Remote ID ({@code remoteid}) and the SAPIENT sensor-node
 * interface ({@code sapient}). Malformed input becomes a {@link org.sargas.formats.DecodeFailure}
 * value; no decoder lets an exception escape.
 */
package org.sargas.formats;
