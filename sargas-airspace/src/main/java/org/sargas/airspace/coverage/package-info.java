/**
 * Where the sensors can see: detection coverage per sensor and fused, per altitude layer (radar
 * horizon on the 4/3-earth model, instrumented range, minimum elevation; terrain ignored), so that
 * an operator sees honestly where a 200 m drone cannot be seen.
 */
package org.sargas.airspace.coverage;
