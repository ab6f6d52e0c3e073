/**
 * The airspace monitor stage: consumes {@link org.sargas.model.track.TrackBatch}es and measures
 * every violation of the protected zones (entry and exit interpolated between updates, maximum
 * depth along the interpolated path, origin and exit country, probability from the track
 * covariance), emitting {@link org.sargas.model.airspace.ViolationEvent}s. Event time only: no
 * clock is consulted.
 */
package org.sargas.airspace.monitor;
