/**
 * The supported ASTERIX editions as generated tables (CAT001 1.4 with its plot and track UAPs,
 * CAT002 1.2, CAT021 2.6/2.7, CAT034 1.29, CAT048 1.31/1.32, CAT062 1.19/1.21, CAT063 1.7, CAT065
 * 1.6) and {@link org.sargas.formats.asterix.editions.AsterixEditions}, the registry that chooses
 * one edition per category.
 */
package org.sargas.formats.asterix.editions;
