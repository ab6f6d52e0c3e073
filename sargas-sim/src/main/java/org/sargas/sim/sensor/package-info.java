/**
 * Sensor simulators: radars (rotating, with detection probability, noise, resolution and clutter),
 * ADS-B and Remote ID receivers, and bearing-only acoustic / RF sensors. Each draws from its own
 * seeded random stream, so adding a sensor does not change the others' output.
 */
package org.sargas.sim.sensor;
