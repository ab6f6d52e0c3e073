package org.sargas.track.classification.evaluation;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.sargas.model.observation.Identity;
import org.sargas.model.observation.Observation;
import org.sargas.model.track.Classification;
import org.sargas.model.track.TargetClass;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;
import org.sargas.track.MultiTargetTracker;
import org.sargas.track.TrackerComponents;
import org.sargas.track.TrackerConfig;
import org.sargas.track.classification.RuleBasedClassifier;
import org.sargas.track.classification.TrackClassifier;

/**
 * The classification benchmark: generates the labelled set ({@link LabelledTrafficGenerator}),
 * simulates each target's sensor reports ({@link SurveillanceSimulator}), runs each through its own
 * standard {@link MultiTargetTracker} (default configuration, the classifier under test; the
 * declared ADS-B and flight-plan data travel in the identity of the reports that carry the Mode S
 * address, as in the live tracker) and scores the class of the target's longest track at its last
 * report.
 *
 * <p>Deterministic: the same seed and size give the same report. Single-threaded; about 0.5 ms of
 * CPU per simulated minute of flight (100 targets per class: 1,100 six-minute flights, ≈ 3 s).
 */
public final class ClassificationEvaluation {
  private ClassificationEvaluation() {}

  /**
   * Evaluates the standard {@link RuleBasedClassifier} on the labelled set of {@code seed} with
   * {@code tracksPerClass} targets of every label.
   */
  public static ClassificationReport run(long seed, int tracksPerClass) {
    return run(seed, tracksPerClass, new RuleBasedClassifier());
  }

  /** Evaluates {@code classifier} (stateless, as {@link TrackClassifier} requires). */
  public static ClassificationReport run(
      long seed, int tracksPerClass, TrackClassifier classifier) {
    List<LabelledTarget> targets = LabelledTrafficGenerator.generate(seed, tracksPerClass);
    List<TargetOutcome> outcomes = new ArrayList<>(targets.size());
    for (int i = 0; i < targets.size(); i++) {
      outcomes.add(evaluate(targets.get(i), LabelledTrafficGenerator.mix(~seed + i), classifier));
    }
    return new ClassificationReport(seed, tracksPerClass, outcomes);
  }

  /**
   * Runs one target through a fresh tracker.
   *
   * @param target the labelled target
   * @param simulationSeed seed of its sensor noise
   * @param classifier the classifier under test
   */
  public static TargetOutcome evaluate(
      LabelledTarget target, long simulationSeed, TrackClassifier classifier) {
    return evaluate(
        target,
        new SurveillanceSimulator().observe(target, new Random(simulationSeed)),
        classifier);
  }

  /**
   * Runs given reports of one target through a fresh tracker (the radar of {@link
   * SurveillanceSimulator#radars()}, slices of one second from {@link SurveillanceSimulator#T0}).
   *
   * @param target the labelled target
   * @param observations its reports, in event-time order
   * @param classifier the classifier under test
   */
  public static TargetOutcome evaluate(
      LabelledTarget target, List<Observation> observations, TrackClassifier classifier) {
    TrackerConfig config = TrackerConfig.defaults();
    TrackerComponents roles = TrackerComponents.standard(config).withClassifier(classifier);
    MultiTargetTracker tracker =
        new MultiTargetTracker(
            SurveillanceSimulator.REGION, SurveillanceSimulator.radars(), config, roles);
    Map<String, Integer> reports = new TreeMap<>();
    Map<String, Classification> last = new TreeMap<>();
    boolean everDrone = false;
    boolean droneWhileTransponding = false;
    Set<TargetClass> shown = EnumSet.noneOf(TargetClass.class);
    double maxSpeed = 0;
    int next = 0;
    int seconds = (int) Math.ceil(target.trajectory().durationS()) + 1;
    for (int sec = 1; sec <= seconds; sec++) {
      Instant scan = SurveillanceSimulator.T0.plusSeconds(sec);
      List<Observation> slice = new ArrayList<>();
      while (next < observations.size() && !observations.get(next).time().isAfter(scan)) {
        slice.add(observations.get(next++));
      }
      for (Track t : tracker.process(scan, slice).tracks()) {
        if (t.state() == TrackState.TENTATIVE) {
          continue;
        }
        reports.merge(t.trackId(), 1, Integer::sum);
        last.put(t.trackId(), t.classification());
        shown.add(t.classification().targetClass());
        maxSpeed = Math.max(maxSpeed, t.groundSpeedMps());
        if (t.classification().targetClass().isDrone()) {
          everDrone = true;
          Identity id = t.identity();
          droneWhileTransponding |= id.icaoAddress() != null || id.mode3a() != null;
        }
      }
    }
    String longest = null;
    for (Map.Entry<String, Integer> e : reports.entrySet()) {
      if (longest == null || e.getValue() > reports.get(longest)) {
        longest = e.getKey();
      }
    }
    Classification c = longest == null ? Classification.UNKNOWN : last.get(longest);
    String reason = longest == null ? "no confirmed track" : c.reason();
    return new TargetOutcome(
        target,
        c.targetClass(),
        c.confidence(),
        reason,
        reports.size(),
        everDrone,
        droneWhileTransponding,
        shown,
        maxSpeed);
  }

  /**
   * Command-line entry point: prints the report of {@code [seed [tracksPerClass]]} (defaults 1 and
   * 100) to standard output. The library API is {@link #run(long, int)}.
   */
  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 1L;
    int perClass = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    PrintStream out = System.out;
    out.print(run(seed, perClass).toText());
    out.flush();
  }

  /** The labels every report covers, in order. */
  public static List<TargetClass> labels() {
    return LabelledTrafficGenerator.LABELS;
  }
}
