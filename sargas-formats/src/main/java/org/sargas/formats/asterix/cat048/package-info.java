/**
 * ASTERIX Category 048 (monoradar target reports, editions 1.31 and 1.32): a typed, allocation-free
 * view of decoded records, an immutable record, an encoder for the simulator, and the adapter to
 * {@link org.sargas.model.observation.Observation}.
 */
package org.sargas.formats.asterix.cat048;
