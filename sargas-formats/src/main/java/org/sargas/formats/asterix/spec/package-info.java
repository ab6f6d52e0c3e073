/**
 * The ASTERIX category definitions as data: items, their structure ({@link
 * org.sargas.formats.asterix.spec.Variation}), their subfields' content ({@link
 * org.sargas.formats.asterix.spec.Content}) and each edition's User Application Profile. The
 * editions themselves are generated into {@code org.sargas.formats.asterix.editions} from the
 * machine-readable specifications (see docs/decisions/asterix-spec-tables.md).
 */
package org.sargas.formats.asterix.spec;
