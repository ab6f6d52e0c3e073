/**
 * The scenario file format (docs/scenarios.md): region, sensors, targets with waypoints, and what
 * is reported versus assumed. Built-in scenarios live as YAML resources beside this package.
 */
package org.sargas.sim.scenario;
