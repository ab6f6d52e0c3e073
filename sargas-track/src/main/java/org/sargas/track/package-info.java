/**
 * The multi-sensor multi-target tracker: {@link org.sargas.track.Tracker} turns observations
 * (radar plots, ADS-B and Remote ID positions, planar positions) into tracks in event-time order.
 * The loop lives in {@link org.sargas.track.MultiTargetTracker}; its parts follow Stone Soup's
 * vocabulary (transition and measurement models, predictor, updater, gater, data associator,
 * initiator, deleter) in the sub-packages.
 */
package org.sargas.track;
