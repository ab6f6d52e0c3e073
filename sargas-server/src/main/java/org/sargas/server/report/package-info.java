/**
 * Incident reports (HTML with an inline SVG map, GeoJSON, KML) and evidence bundle export, built
 * from the incident store, the frame journal and the evidence log of a data directory.
 */
package org.sargas.server.report;
