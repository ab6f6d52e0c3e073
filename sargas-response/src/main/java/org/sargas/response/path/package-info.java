/**
 * Where a threat may go: motion hypotheses (straight on, turning left, turning right — the
 * manoeuvre modes of the tracker's IMM), their prediction along geodesics over a horizon, and the
 * first time a predicted path enters an area or reaches a site. Event time only: time zero is the
 * track's own time.
 */
package org.sargas.response.path;
