/**
 * ASTERIX Category 063 (sensor status reports, edition 1.7): what a surveillance data processing
 * system (SDPS) says about each of its input sensors — connected or not, which technologies work,
 * the biases it estimated; typed view and record.
 */
package org.sargas.formats.asterix.cat063;
