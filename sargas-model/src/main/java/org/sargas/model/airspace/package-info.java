/** Zones of airspace and what happens in them: violations, warnings and alerts. */
package org.sargas.model.airspace;
