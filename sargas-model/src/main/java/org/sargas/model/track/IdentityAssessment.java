package org.sargas.model.track;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A track's standard identity with the reasons that gave it and who set it.
 *
 * @param standardIdentity the STANAG 1241 standard identity
 * @param reasons the identification criteria that applied, in the order they were evaluated (for
 *     the operator and the incident report), never null
 * @param overriddenBy the operator who set the identity by hand, or null when it is automatic
 * @param overriddenAt when the operator set it (event time of the node), or null when automatic
 */
public record IdentityAssessment(
    StandardIdentity standardIdentity,
    List<String> reasons,
    String overriddenBy,
    Instant overriddenAt) {

  /** A track the criteria have not yet looked at. */
  public static final IdentityAssessment PENDING =
      new IdentityAssessment(StandardIdentity.PENDING, List.of(), null, null);

  public IdentityAssessment {
    Objects.requireNonNull(standardIdentity, "standardIdentity");
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  /** An automatic assessment. */
  public static IdentityAssessment automatic(StandardIdentity identity, List<String> reasons) {
    return new IdentityAssessment(identity, reasons, null, null);
  }

  /** Whether an operator set this identity (the automatic criteria are suspended). */
  public boolean overridden() {
    return overriddenBy != null;
  }
}
