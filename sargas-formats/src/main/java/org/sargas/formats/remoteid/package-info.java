/**
 * Drone Remote ID broadcast messages (ASTM F3411-22a / ASD-STAN EN 4709-002, the 25-octet messages
 * and the Message Pack), independent of the radio link that carried them.
 */
package org.sargas.formats.remoteid;
