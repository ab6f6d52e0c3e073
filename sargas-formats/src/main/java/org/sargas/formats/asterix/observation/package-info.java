/**
 * ASTERIX data blocks to observations of the configured sensors (CAT048 plots, CAT021 ADS-B
 * reports, CAT062 system tracks; CAT034 marks radars alive; CAT063 reports sensor status), on top
 * of the category views, checking every value they use against its physical domain.
 */
package org.sargas.formats.asterix.observation;
