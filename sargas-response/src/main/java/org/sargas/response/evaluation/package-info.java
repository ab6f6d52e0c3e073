/**
 * Validation of the lost-drone search area: simulated losses of a Gerbera-like drone whose truth is
 * flown by an independent, documented simulator, and the fraction of true impacts that fall inside
 * the estimated regions. Plain Java, seeded, no clock; {@code ./sargas bench lost-drone} runs it.
 */
package org.sargas.response.evaluation;
