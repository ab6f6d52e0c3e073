/**
 * The multi-sensor multi-target tracker: {@link org.sargas.track.Tracker} turns observations (radar
 * plots, ADS-B and Remote ID positions, planar positions) into tracks in event-time order. The loop
 * lives in {@link org.sargas.track.MultiTargetTracker} (predict, gate, associate, update, initiate,
 * delete, report); its roles come in through {@link org.sargas.track.TrackerComponents} and follow
 * Stone Soup's vocabulary (transition and measurement models, predictor, updater, gater, data
 * associator, initiator, deleter) in the sub-packages; its numbers are in {@link
 * org.sargas.track.TrackerConfig}.
 */
package org.sargas.track;
