/**
 * ASTERIX Category 001 (monoradar target reports, edition 1.4) of older radars: plots and tracks
 * (two UAPs chosen by I001/020 TYP) in polar coordinates with a truncated time of day; typed view,
 * record and the adapter to observations.
 */
package org.sargas.formats.asterix.cat001;
