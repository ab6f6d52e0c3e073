/** Ground truth: where each simulated target really was, sampled from its flight path. */
package org.sargas.sim.truth;
