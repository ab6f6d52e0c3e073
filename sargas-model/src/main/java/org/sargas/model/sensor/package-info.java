/** Sensors and their sites: what a report came from and how good it is. */
package org.sargas.model.sensor;
