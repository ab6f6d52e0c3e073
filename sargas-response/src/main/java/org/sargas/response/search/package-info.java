/**
 * Where a lost drone came down: a seeded Monte Carlo from the track's last state (position
 * covariance, velocity, class) through powered flight for an uncertain remaining endurance, then a
 * glide or a fall, with wind; the impact density on a grid in a local tangent plane; and the 50 %
 * and 90 % highest-density regions as polygons with their areas. Deterministic for a seed.
 */
package org.sargas.response.search;
