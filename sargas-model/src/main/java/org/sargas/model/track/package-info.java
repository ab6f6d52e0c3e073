/** Tracks: the tracker's estimate of one target over time, with state, identity and class. */
package org.sargas.model.track;
