/** Alert policy: which violation events and sensor outages become operator alerts, deduplicated. */
package org.sargas.server.alert;
