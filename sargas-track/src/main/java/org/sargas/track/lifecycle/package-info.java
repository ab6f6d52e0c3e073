/**
 * Track life cycle: the tracker's mutable per-track record ({@link
 * org.sargas.track.lifecycle.LiveTrack}), initiation with M-of-N confirmation, and deletion by
 * silence and covariance growth (tentative → confirmed ⇄ coasting → dropped).
 */
package org.sargas.track.lifecycle;
