package org.sargas.response.effector;

import java.util.List;
import org.sargas.model.track.Track;

/** Recommends which effectors engage which threats. */
public interface EffectorPlanner {

  /**
   * The feasible effectors for one threat with their windows, cheapest expected cost per kill first
   * (ties by effector id).
   */
  List<EngagementOption> options(Track threat);

  /**
   * A plan for a raid (threats seen together, each at its latest estimate).
   *
   * @param raid the threats; duplicates by track id are not merged
   */
  EffectorPlan plan(List<Track> raid);
}
