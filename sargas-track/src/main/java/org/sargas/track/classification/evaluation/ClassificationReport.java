package org.sargas.track.classification.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sargas.model.observation.EmitterCategory;
import org.sargas.model.track.TargetClass;

/**
 * The result of a {@link ClassificationEvaluation}: one outcome per labelled target, and the
 * figures derived from them. Immutable.
 *
 * @param seed seed of the labelled set
 * @param tracksPerClass targets per label
 * @param outcomes one per target, in {@link LabelledTrafficGenerator#LABELS} order
 */
public record ClassificationReport(long seed, int tracksPerClass, List<TargetOutcome> outcomes) {
  public ClassificationReport {
    outcomes = List.copyOf(outcomes);
  }

  /** The labels, in report order. */
  public List<TargetClass> labels() {
    return LabelledTrafficGenerator.LABELS;
  }

  /** Targets labelled {@code label} whose final class is {@code predicted}. */
  public int count(TargetClass label, TargetClass predicted) {
    int n = 0;
    for (TargetOutcome o : outcomes) {
      if (o.target().label() == label && o.finalClass() == predicted) {
        n++;
      }
    }
    return n;
  }

  /** Targets labelled {@code label}. */
  public int labelled(TargetClass label) {
    int n = 0;
    for (TargetOutcome o : outcomes) {
      if (o.target().label() == label) {
        n++;
      }
    }
    return n;
  }

  /** Targets whose final class is {@code predicted}. */
  public int predicted(TargetClass predicted) {
    int n = 0;
    for (TargetOutcome o : outcomes) {
      if (o.finalClass() == predicted) {
        n++;
      }
    }
    return n;
  }

  /** Of the targets given class {@code c}, the share labelled {@code c} (NaN when none given). */
  public double precision(TargetClass c) {
    int p = predicted(c);
    return p == 0 ? Double.NaN : (double) count(c, c) / p;
  }

  /** Of the targets labelled {@code c}, the share given class {@code c} (NaN when none). */
  public double recall(TargetClass c) {
    int l = labelled(c);
    return l == 0 ? Double.NaN : (double) count(c, c) / l;
  }

  /** Share of all targets whose final class is their label. */
  public double accuracy() {
    int n = 0;
    for (TargetOutcome o : outcomes) {
      if (o.correct()) {
        n++;
      }
    }
    return outcomes.isEmpty() ? Double.NaN : (double) n / outcomes.size();
  }

  /** Recall of {@link TargetClass#AIRLINER} (goal at least 0.95). */
  public double airlinerRecall() {
    return recall(TargetClass.AIRLINER);
  }

  /** Crewed civil aircraft in the set. */
  public int civilTargets() {
    int n = 0;
    for (TargetOutcome o : outcomes) {
      if (o.target().civil()) {
        n++;
      }
    }
    return n;
  }

  /** Crewed civil aircraft in the set without a transponder. */
  public int civilTargetsWithoutTransponder() {
    int n = 0;
    for (TargetOutcome o : outcomes) {
      if (o.target().civil() && !o.target().transponder()) {
        n++;
      }
    }
    return n;
  }

  /** Crewed civil aircraft whose final class is a drone or loitering munition (goal 0). */
  public int civilClassedAsDroneOrMunition() {
    int n = 0;
    for (TargetOutcome o : outcomes) {
      if (o.target().civil() && o.finalClass().isDrone()) {
        n++;
      }
    }
    return n;
  }

  /** Crewed civil aircraft without transponder whose final class is a drone or munition. */
  public int civilWithoutTransponderClassedAsDroneOrMunition() {
    int n = 0;
    for (TargetOutcome o : outcomes) {
      if (o.target().civil() && !o.target().transponder() && o.finalClass().isDrone()) {
        n++;
      }
    }
    return n;
  }

  /** Crewed civil aircraft shown as a drone or munition in any confirmed report. */
  public int civilEverShownAsDroneOrMunition() {
    int n = 0;
    for (TargetOutcome o : outcomes) {
      if (o.target().civil() && o.everDrone()) {
        n++;
      }
    }
    return n;
  }

  /** Crewed civil aircraft with a transponder shown as a drone or munition in any report. */
  public int civilWithTransponderEverShownAsDroneOrMunition() {
    int n = 0;
    for (TargetOutcome o : outcomes) {
      if (o.target().civil() && o.target().transponder() && o.everDrone()) {
        n++;
      }
    }
    return n;
  }

  /**
   * Targets shown as a drone or munition while their track carried a transponder code or address,
   * without declared UAS evidence (the guarantee: 0).
   */
  public int transpondingShownAsDroneOnKinematics() {
    int n = 0;
    for (TargetOutcome o : outcomes) {
      boolean declaredUas = o.target().declared().emitterCategory() == EmitterCategory.UNMANNED;
      if (o.droneWhileTransponding() && !declaredUas) {
        n++;
      }
    }
    return n;
  }

  /** The report as text: confusion matrix, per-class precision and recall, headline figures. */
  public String toText() {
    StringBuilder b = new StringBuilder(4096);
    List<TargetClass> columns = columns();
    b.append(
        String.format(
            Locale.ROOT,
            "Classification evaluation: seed %d, %d targets per class, %d targets%n%n",
            seed,
            tracksPerClass,
            outcomes.size()));
    b.append("Confusion matrix (rows: true class; columns: class at the end of the track)\n");
    b.append(String.format(Locale.ROOT, "%-19s", ""));
    for (TargetClass c : columns) {
      b.append(String.format(Locale.ROOT, "%5s", abbreviation(c)));
    }
    b.append('\n');
    for (TargetClass label : labels()) {
      b.append(String.format(Locale.ROOT, "%-19s", label));
      for (TargetClass c : columns) {
        b.append(String.format(Locale.ROOT, "%5d", count(label, c)));
      }
      b.append('\n');
    }
    b.append('\n');
    b.append(String.format(Locale.ROOT, "%-19s %9s %9s%n", "class", "precision", "recall"));
    for (TargetClass c : labels()) {
      b.append(
          String.format(Locale.ROOT, "%-19s %9s %9s%n", c, ratio(precision(c)), ratio(recall(c))));
    }
    b.append('\n');
    b.append(String.format(Locale.ROOT, "accuracy: %s%n", ratio(accuracy())));
    b.append(
        String.format(
            Locale.ROOT, "airliner recall: %s (goal >= 0.95)%n", ratio(airlinerRecall())));
    int civil = civilTargets();
    int silent = civilTargetsWithoutTransponder();
    int silentAsDrone = civilWithoutTransponderClassedAsDroneOrMunition();
    b.append(
        String.format(
            Locale.ROOT,
            "civil aircraft classed as drone or munition: %d of %d (goal 0):"
                + " %d of %d with a transponder, %d of %d without%n",
            civilClassedAsDroneOrMunition(),
            civil,
            civilClassedAsDroneOrMunition() - silentAsDrone,
            civil - silent,
            silentAsDrone,
            silent));
    b.append(
        String.format(
            Locale.ROOT,
            "civil aircraft shown as drone or munition in any report: %d (%d with a transponder)%n",
            civilEverShownAsDroneOrMunition(),
            civilWithTransponderEverShownAsDroneOrMunition()));
    b.append(
        String.format(
            Locale.ROOT,
            "transponding targets shown as drone or munition on kinematics: %d (guaranteed 0)%n",
            transpondingShownAsDroneOnKinematics()));
    b.append(String.format(Locale.ROOT, "columns: %s%n", legend(columns)));
    return b.toString();
  }

  /** The labels, then any other class some target was given. */
  private List<TargetClass> columns() {
    List<TargetClass> cols = new ArrayList<>(labels());
    for (TargetClass c : TargetClass.values()) {
      if (!cols.contains(c) && predicted(c) > 0) {
        cols.add(c);
      }
    }
    return cols;
  }

  private static String legend(List<TargetClass> columns) {
    StringBuilder b = new StringBuilder();
    for (TargetClass c : columns) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(abbreviation(c)).append(' ').append(c);
    }
    return b.toString();
  }

  @SuppressWarnings("deprecation")
  private static String abbreviation(TargetClass c) {
    switch (c) {
      case FAST_JET:
        return "JET";
      case LARGE_AIRCRAFT:
        return "MIL";
      case HELICOPTER_OR_LIGHT_AIRCRAFT:
        return "H/L";
      case SMALL_DRONE:
        return "DRN";
      case LOITERING_MUNITION:
        return "MUN";
      case BALLOON:
        return "BAL";
      case AIRLINER:
        return "AIR";
      case LIGHT_AIRCRAFT:
        return "LGT";
      case HELICOPTER:
        return "HEL";
      case GLIDER:
        return "GLD";
      case LARGE_UAS:
        return "UAS";
      default:
        return "UNK";
    }
  }

  private static String ratio(double x) {
    return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.3f", x);
  }
}
