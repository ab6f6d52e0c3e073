/**
 * ASTERIX Category 034 (radar service messages, edition 1.29): north marker and sector crossing
 * messages, which give a radar's scan timing; typed view, record and encoder.
 */
package org.sargas.formats.asterix.cat034;
