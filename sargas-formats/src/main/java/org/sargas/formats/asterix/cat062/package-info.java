/**
 * ASTERIX Category 062 (SDPS system track data, editions 1.19 and 1.21, same UAP): typed view,
 * record, encoder and the adapter to {@link org.sargas.model.observation.Observation}, for a
 * neighbour's or ATC's fused picture and for Sargas's own track export.
 */
package org.sargas.formats.asterix.cat062;
