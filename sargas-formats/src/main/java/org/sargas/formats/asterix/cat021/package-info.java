/**
 * ASTERIX Category 021 (ADS-B target reports, editions 2.6 and 2.7, same UAP): typed view, record,
 * encoder and the adapter to {@link org.sargas.model.observation.Observation}.
 */
package org.sargas.formats.asterix.cat021;
