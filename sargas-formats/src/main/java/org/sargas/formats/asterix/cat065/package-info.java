/**
 * ASTERIX Category 065 (SDPS service status reports, edition 1.6): the record and encoder with
 * which Sargas marks its CAT062 system-track output alive (SDPS status) and closes each update (end
 * of batch).
 */
package org.sargas.formats.asterix.cat065;
