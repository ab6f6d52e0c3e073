/**
 * Browser tests of the web map (sargas-server/frontend): Playwright for Java driving Debian's
 * {@code /usr/bin/chromium} (never a downloaded browser). They skip when that browser is absent.
 */
package org.sargas.server.web;
