/**
 * Mode S and 1090 MHz Extended Squitter (ICAO Annex 10 Vol IV; RTCA DO-260B): CRC-24 parity,
 * downlink formats 0/4/5/11/16/17/18/20/21, ES message decoding and encoding, CPR position decoding
 * with bounded per-aircraft state, and the receiver framings Beast, AVR and SBS-1.
 */
package org.sargas.formats.modes;
