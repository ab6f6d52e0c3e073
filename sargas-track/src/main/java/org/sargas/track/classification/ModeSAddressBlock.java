package org.sargas.track.classification;

import java.util.Objects;

/**
 * A block of ICAO 24-bit aircraft addresses (ICAO Annex 10 Vol. III, Part I, Chapter 9 allocates
 * blocks to states; states sub-allocate). The classifier is given the blocks its operator knows to
 * be military; it ships with none, because no ICAO document lists national military sub-blocks and
 * the community lists disagree.
 *
 * @param first lowest address of the block, 0–0xFFFFFF
 * @param last highest address of the block, {@code first}–0xFFFFFF
 * @param name what the block is, for the classification reason (e.g. "LT military")
 */
public record ModeSAddressBlock(int first, int last, String name) {
  public ModeSAddressBlock {
    Objects.requireNonNull(name, "name");
    if (first < 0 || last > 0xFFFFFF || first > last) {
      throw new IllegalArgumentException(
          "address block out of 000000-FFFFFF or reversed: " + first + "-" + last);
    }
  }

  /** Whether {@code icaoAddress} (6 hex digits, any case) lies in the block; false for null. */
  public boolean contains(String icaoAddress) {
    if (icaoAddress == null || icaoAddress.length() != 6) {
      return false;
    }
    int a;
    try {
      a = Integer.parseInt(icaoAddress, 16);
    } catch (NumberFormatException e) {
      return false;
    }
    return a >= first && a <= last;
  }
}
