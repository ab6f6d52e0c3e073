/**
 * The node's live state shared by the pipeline thread (its one writer) and the API (readers): the
 * live picture with its recent history, the sensors' feed status, the metrics registry, and the
 * publisher interface through which the pipeline hands over what it has committed.
 */
package org.sargas.server.live;
