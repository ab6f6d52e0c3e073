/**
 * ASTERIX data blocks to observations of the configured sensors (CAT048 plots, CAT021 ADS-B
 * reports, CAT062 system tracks; CAT034 marks radars alive), on top of the category views.
 */
package org.sargas.formats.asterix.observation;
