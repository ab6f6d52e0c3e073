/**
 * Records what matters durably and in order: an entry in the tamper-evident evidence log first,
 * then the incident store — committed before anything is published.
 */
package org.sargas.store.recorder;
