package org.sargas.response.intercept;

import java.util.List;
import org.sargas.model.track.Track;

/** Recommends which quick-reaction base can intercept a threat, where and when. */
public interface InterceptPlanner {

  /**
   * @param threat the threat's latest estimate; the scramble is assumed to be ordered at its time
   * @return one recommendation per base and motion hypothesis for which an intercept is possible
   *     within the horizon, in {@link InterceptRecommendation#RANKING} order; bases that cannot
   *     reach the threat in time are left out
   */
  List<InterceptRecommendation> plan(Track threat);
}
