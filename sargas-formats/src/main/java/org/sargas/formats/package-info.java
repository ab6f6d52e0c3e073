/**
 * Surveillance wire formats, bytes to records and back, with no I/O: ASTERIX ({@code asterix}),
 * Mode S / ADS-B ({@code modes}) and drone Remote ID ({@code remoteid}). Malformed input becomes a
 * {@link org.sargas.formats.DecodeFailure} value; no decoder lets an exception escape.
 */
package org.sargas.formats;
