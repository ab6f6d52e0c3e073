package org.sargas.formats.cot;

import org.sargas.model.track.StandardIdentity;
import org.sargas.model.track.TargetClass;

/**
 * The Cursor-on-Target event type of an air track: {@code a-<affiliation>-A[-<function>]}, the
 * atom's affiliation from the STANAG 1241 standard identity and the function (MIL-STD-2525 air
 * function, as CoT writes it) from the class. The mapping (docs/sharing.md lists it):
 *
 * <table>
 *   <caption>class → CoT function</caption>
 *   <tr><th>class</th><th>function</th><th>meaning</th></tr>
 *   <tr><td>FAST_JET</td><td>M-F-F</td><td>military fixed wing, fighter</td></tr>
 *   <tr><td>LARGE_AIRCRAFT</td><td>M-F</td><td>military fixed wing</td></tr>
 *   <tr><td>SMALL_DRONE, LARGE_UAS, LOITERING_MUNITION</td><td>M-F-Q</td><td>military fixed
 *       wing, drone (UAV)</td></tr>
 *   <tr><td>HELICOPTER</td><td>M-H if suspect/hostile, else C-H</td><td>rotary wing</td></tr>
 *   <tr><td>AIRLINER, LIGHT_AIRCRAFT, GLIDER</td><td>C-F</td><td>civil fixed wing</td></tr>
 *   <tr><td>BALLOON</td><td>C-L</td><td>civil lighter than air</td></tr>
 *   <tr><td>UNKNOWN, HELICOPTER_OR_LIGHT_AIRCRAFT</td><td>(none)</td><td>air track</td></tr>
 * </table>
 *
 * <p>The affiliation is {@link StandardIdentity#letter()} in lower case: {@code p} pending, {@code
 * u} unknown, {@code a} assumed friend, {@code f} friend, {@code n} neutral, {@code s} suspect,
 * {@code h} hostile, {@code j} joker, {@code k} faker. So a hostile fighter is {@code a-h-A-M-F-F}
 * and an unknown drone {@code a-u-A-M-F-Q}. Thread-safe (stateless).
 */
public final class CotType {
  private CotType() {}

  /** The CoT type of an air track of this identity and class. */
  public static String of(StandardIdentity identity, TargetClass targetClass) {
    String function = function(identity, targetClass);
    String affiliation = String.valueOf(Character.toLowerCase(identity.letter()));
    return function.isEmpty() ? "a-" + affiliation + "-A" : "a-" + affiliation + "-A-" + function;
  }

  /** The air function part (after {@code -A-}), empty when the class says nothing. */
  @SuppressWarnings("deprecation")
  static String function(StandardIdentity identity, TargetClass targetClass) {
    return switch (targetClass) {
      case FAST_JET -> "M-F-F";
      case LARGE_AIRCRAFT -> "M-F";
      case SMALL_DRONE, LARGE_UAS, LOITERING_MUNITION -> "M-F-Q";
      case HELICOPTER -> identity.isThreat() ? "M-H" : "C-H";
      case AIRLINER, LIGHT_AIRCRAFT, GLIDER -> "C-F";
      case BALLOON -> "C-L";
      case HELICOPTER_OR_LIGHT_AIRCRAFT, UNKNOWN -> "";
    };
  }
}
