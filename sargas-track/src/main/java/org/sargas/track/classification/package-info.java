/**
 * Target classification from kinematics and identity, with a confidence and the rule that fired
 * (for the operator). The rules are documented in docs/tracker.md.
 */
package org.sargas.track.classification;
