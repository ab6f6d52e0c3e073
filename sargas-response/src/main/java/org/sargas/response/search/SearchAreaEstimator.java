package org.sargas.response.search;

/** Estimates where a lost drone came down. */
public interface SearchAreaEstimator {

  /**
   * @param lost the track's last state
   * @param settings particles, seed, grid, wind, coverage, flight models
   * @return the search area; deterministic for the same input and settings
   */
  SearchArea estimate(LostTrack lost, SearchSettings settings);
}
