/**
 * Early warning: predicts, for each track approaching a protected zone, when and where it will
 * enter — flying straight on, and turning at its current turn rate — and emits {@link
 * org.sargas.model.airspace.Warning}s with their lead time. Event time only.
 */
package org.sargas.airspace.warning;
