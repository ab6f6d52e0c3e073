/**
 * Effector recommendation for drones, cost-aware: a catalogue of effectors (jammers, guns,
 * interceptor drones, missiles, fighters) with their engagement envelopes, probabilities of kill
 * and costs; per threat the engagement windows on its predicted path outside collateral keep-out
 * areas; for a raid a plan that respects stock and windows, minimises expected cost under a
 * per-threat leak bound, and never spends a missile on a drone a gun or jammer could take. A
 * recommendation only: a human decides.
 */
package org.sargas.response.effector;
