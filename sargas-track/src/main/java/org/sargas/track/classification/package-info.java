/**
 * Target classification from all the evidence: what the aircraft declares (Remote ID, ADS-B emitter
 * category, aircraft type, wake category), what its transponder says (Mode S address, Mode 3/A
 * code, Mode C) and how it moves, measured robustly over its recent updates; with a confidence and
 * a reason that lists the evidence (for the operator), and a hysteresis that keeps a class through
 * transients. Rules, inputs and evaluation: docs/classification.md.
 */
package org.sargas.track.classification;
