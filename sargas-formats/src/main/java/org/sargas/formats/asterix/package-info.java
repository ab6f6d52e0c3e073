/**
 * EUROCONTROL ASTERIX (Part 1 data-block framing, FSPEC/UAP and item formats): a table-driven,
 * allocation-free decoder ({@link org.sargas.formats.asterix.AsterixDecoder}) that indexes the
 * items of each record into a reusable {@link org.sargas.formats.asterix.AsterixRecordView}, a
 * generic walker that names and scales every subfield, and block writing for the encoders in the
 * per-category packages.
 */
package org.sargas.formats.asterix;
