package org.sargas.sim.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sargas.sim.eval.TruthPoint;

/**
 * Generates a scenario from a {@link ScenarioSpec}: deterministic for a given spec (same seed, same
 * plots).
 *
 * <p>Targets start uniformly in the area with uniform headings at their kind's speed. Turning
 * targets turn (left or right) at 3°/s or 10°/s for 20 s starting at a random time in the first
 * half of their life. With births and deaths, that fraction of targets is born in the first third
 * or dies in the last third. Each sensor {@code k} scans at {@code k·period/sensors + n·period}; on
 * a scan each living target is detected with probability Pd, at its true position plus Gaussian
 * noise; the number of clutter plots is Poisson, placed uniformly over the area. Plots of one scan
 * are shuffled so that their order carries no truth. Stateless.
 */
public final class ScenarioGenerator {
  private ScenarioGenerator() {}

  private static final class Target {
    String id;
    TargetKind kind;
    double x;
    double y;
    double heading;
    double speed;
    double birth;
    double death;
    double turnStart;
    double turnRate;
    double t;
  }

  /** Generates the scenario of {@code spec}. */
  public static GeneratedScenario generate(ScenarioSpec spec) {
    SplittableRandom rng = new SplittableRandom(spec.seed());
    double half = spec.areaSideM() / 2;
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < spec.targets(); i++) {
      Target tg = new Target();
      tg.id = String.format("%s-%04d", spec.name(), i);
      tg.kind = rng.nextDouble() < spec.fighterFraction() ? TargetKind.FIGHTER : TargetKind.DRONE;
      tg.speed = tg.kind.speedMps();
      tg.x = rng.nextDouble(-half, half);
      tg.y = rng.nextDouble(-half, half);
      tg.heading = rng.nextDouble(0, 2 * Math.PI);
      tg.birth = 0;
      tg.death = spec.durationS();
      if (rng.nextDouble() < spec.birthDeathFraction()) {
        if (rng.nextBoolean()) {
          tg.birth = rng.nextDouble(0, spec.durationS() / 3);
        } else {
          tg.death = rng.nextDouble(2 * spec.durationS() / 3, spec.durationS());
        }
      }
      tg.turnRate = 0;
      tg.turnStart = Double.POSITIVE_INFINITY;
      if (rng.nextDouble() < spec.turningFraction()) {
        double deg = rng.nextBoolean() ? 3.0 : 10.0;
        tg.turnRate = Math.toRadians(deg) * (rng.nextBoolean() ? 1 : -1);
        tg.turnStart = tg.birth + rng.nextDouble(0, Math.max(1e-9, (tg.death - tg.birth) / 2));
      }
      tg.t = 0;
      targets.add(tg);
    }
    List<GeneratedPlot> plots = new ArrayList<>();
    List<TruthPoint> truth = new ArrayList<>();
    double step = spec.sensorPeriodS() / spec.sensors();
    long scans = (long) Math.floor(spec.durationS() / step + 1e-9);
    List<GeneratedPlot> scan = new ArrayList<>();
    for (long n = 0; n <= scans; n++) {
      double time = Math.round(n * step * 1000.0) / 1000.0;
      int sensor = (int) (n % spec.sensors());
      String sensorId = "S" + (sensor + 1);
      scan.clear();
      for (Target tg : targets) {
        advance(tg, time);
        if (time < tg.birth || time > tg.death) {
          continue;
        }
        double vx = tg.speed * Math.sin(tg.heading);
        double vy = tg.speed * Math.cos(tg.heading);
        truth.add(new TruthPoint(time, tg.id, tg.x, tg.y, vx, vy));
        if (rng.nextDouble() < spec.detectionProbability()) {
          scan.add(
              new GeneratedPlot(
                  time,
                  sensorId,
                  tg.x + spec.sigmaM() * gaussian(rng),
                  tg.y + spec.sigmaM() * gaussian(rng),
                  tg.id));
        }
      }
      int clutter = poisson(rng, spec.clutterPerScan());
      for (int c = 0; c < clutter; c++) {
        scan.add(
            new GeneratedPlot(
                time, sensorId, rng.nextDouble(-half, half), rng.nextDouble(-half, half), ""));
      }
      // Fisher–Yates shuffle: plot order carries no information.
      for (int i = scan.size() - 1; i > 0; i--) {
        int j = rng.nextInt(i + 1);
        GeneratedPlot tmp = scan.get(i);
        scan.set(i, scan.get(j));
        scan.set(j, tmp);
      }
      plots.addAll(scan);
    }
    return new GeneratedScenario(spec, plots, truth);
  }

  /** Moves a target forward to {@code time} (exact arcs while turning). */
  private static void advance(Target tg, double time) {
    double dt = time - tg.t;
    if (dt <= 0) {
      return;
    }
    double turnEnd = tg.turnStart + 20.0;
    double t = tg.t;
    while (t < time) {
      double next = time;
      boolean turning = tg.turnRate != 0 && t >= tg.turnStart && t < turnEnd;
      if (!turning && tg.turnRate != 0 && t < tg.turnStart) {
        next = Math.min(time, tg.turnStart);
      } else if (turning) {
        next = Math.min(time, turnEnd);
      }
      double h = next - t;
      if (turning) {
        double w = tg.turnRate;
        double r = tg.speed / w;
        double h0 = tg.heading;
        double h1 = h0 + w * h;
        tg.x += r * (Math.cos(h0) - Math.cos(h1));
        tg.y += r * (Math.sin(h1) - Math.sin(h0));
        tg.heading = h1;
      } else {
        tg.x += tg.speed * Math.sin(tg.heading) * h;
        tg.y += tg.speed * Math.cos(tg.heading) * h;
      }
      t = next;
    }
    tg.t = time;
  }

  private static double gaussian(SplittableRandom rng) {
    // Marsaglia polar method (SplittableRandom has no nextGaussian on Java 17).
    double u;
    double v;
    double s;
    do {
      u = rng.nextDouble(-1, 1);
      v = rng.nextDouble(-1, 1);
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    return u * Math.sqrt(-2 * Math.log(s) / s);
  }

  private static int poisson(SplittableRandom rng, double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 50) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(rng)));
    }
    double limit = Math.exp(-mean);
    int k = 0;
    double prod = rng.nextDouble();
    while (prod > limit) {
      k++;
      prod *= rng.nextDouble();
    }
    return k;
  }
}
