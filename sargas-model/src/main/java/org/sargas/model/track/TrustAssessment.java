package org.sargas.model.track;

import java.time.Instant;
import java.util.List;

/**
 * Whether a track's self-reported positions are believed, and why not. A track that no check has
 * flagged is {@link #TRUSTED}; a flag is sticky for the hold time of the trust stage, so that one
 * plausible report does not clear an attack.
 *
 * @param suspect whether at least one plausibility check flagged the track
 * @param reasons the checks that flagged it, first flagged first, without repeats; never null
 * @param since event time of the first flag of this suspect period, null when trusted
 * @param detail one line for the operator: the latest flag's figures (e.g. "2140 m from radar
 *     LT-SSR-1 plot"), null when trusted
 */
public record TrustAssessment(
    boolean suspect, List<TrustReason> reasons, Instant since, String detail) {

  /** No check has flagged the track. */
  public static final TrustAssessment TRUSTED = new TrustAssessment(false, List.of(), null, null);

  public TrustAssessment {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }
}
