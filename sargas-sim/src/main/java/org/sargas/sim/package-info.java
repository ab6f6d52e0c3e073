/** The seeded simulator: turns a scenario into noisy sensor observations and ground truth. */
package org.sargas.sim;
