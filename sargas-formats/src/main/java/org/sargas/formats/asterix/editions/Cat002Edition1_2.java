package org.sargas.formats.asterix.editions;

import static org.sargas.formats.asterix.spec.SpecDsl.el;
import static org.sargas.formats.asterix.spec.SpecDsl.explicit;
import static org.sargas.formats.asterix.spec.SpecDsl.f;
import static org.sargas.formats.asterix.spec.SpecDsl.group;
import static org.sargas.formats.asterix.spec.SpecDsl.item;
import static org.sargas.formats.asterix.spec.SpecDsl.raw;
import static org.sargas.formats.asterix.spec.SpecDsl.repetitive;
import static org.sargas.formats.asterix.spec.SpecDsl.repetitiveFx;
import static org.sargas.formats.asterix.spec.SpecDsl.sq;
import static org.sargas.formats.asterix.spec.SpecDsl.table;
import static org.sargas.formats.asterix.spec.SpecDsl.ui;
import static org.sargas.formats.asterix.spec.SpecDsl.uq;

import java.util.Arrays;
import org.sargas.formats.asterix.spec.AsterixCategory;
import org.sargas.formats.asterix.spec.AsterixItem;
import org.sargas.formats.asterix.spec.Variation.ExplicitKind;

/**
 * ASTERIX Category 002 "Transmission of Monoradar Service Messages", edition 1.2.
 *
 * <p>GENERATED from {@code cat002_cat-1.2.ast} (specs/cat002/cat-1.2.ast at commit
 * c2b3d676a3359c319f672c974553cff7a79f0cae) of github.com/zoranbosnjak/asterix-specs (BSD-3-Clause,
 * Copyright (c) 2019, KZPS; redistributed definitions, not the file) by {@code
 * EditionSourceWriter}; do not edit. {@code EditionTablesMatchSpecsTest} checks it against the
 * specification.
 */
public final class Cat002Edition1_2 {
  private static final int C = 2;

  /** The category definition with its UAP. */
  public static final AsterixCategory CATEGORY =
      new AsterixCategory(
          C,
          "1.2",
          "Transmission of Monoradar Service Messages",
          Arrays.asList(
              i010(), i000(), i020(), i030(), i041(), i050(), i060(), i070(), i100(), i090(),
              i080(), null, iSP(), null));

  private Cat002Edition1_2() {}

  private static AsterixItem i010() {
    return item(
        C,
        "010",
        "Data Source Identifier",
        group(
            f("SAC", "System Area Code", el(8, raw())),
            f("SIC", "System Identification Code", el(8, raw()))));
  }

  private static AsterixItem i000() {
    return item(
        C,
        "000",
        "Message Type",
        el(
            8,
            table(
                1, "North marker message",
                2, "Sector crossing message",
                3, "South marker message",
                8, "Activation of blind zone filtering",
                9, "Stop of blind zone filtering")));
  }

  private static AsterixItem i020() {
    return item(C, "020", "Sector Number", el(8, uq(1.40625, "\u00b0")));
  }

  private static AsterixItem i030() {
    return item(C, "030", "Time of Day", el(24, uq(0.0078125, "s")));
  }

  private static AsterixItem i041() {
    return item(C, "041", "Antenna Rotation Speed", el(16, uq(0.0078125, "s")));
  }

  private static AsterixItem i050() {
    return item(C, "050", "Station Configuration Status", repetitiveFx(el(7, raw())));
  }

  private static AsterixItem i060() {
    return item(C, "060", "Station Processing Mode", repetitiveFx(el(7, raw())));
  }

  private static AsterixItem i070() {
    return item(
        C,
        "070",
        "Plot Count Values",
        repetitive(
            group(
                f(
                    "A",
                    "Aerial Identification",
                    el(
                        1,
                        table(
                            0, "Counter for antenna 1",
                            1, "Counter for antenna 2"))),
                f(
                    "IDENT",
                    "",
                    el(
                        5,
                        table(
                            1, "Sole primary plots",
                            2, "Sole SSR plots",
                            3, "Combined plots"))),
                f("COUNTER", "", el(10, ui())))));
  }

  private static AsterixItem i100() {
    return item(
        C,
        "100",
        "Dynamic Window Type 1",
        group(
            f("RS", "Rho Start", el(16, uq(0.0078125, "NM"))),
            f("RE", "Rho End", el(16, uq(0.0078125, "NM"))),
            f("TS", "Theta Start", el(16, uq(0.0054931640625, "\u00b0"))),
            f("TE", "Theta End", el(16, uq(0.0054931640625, "\u00b0")))));
  }

  private static AsterixItem i090() {
    return item(
        C,
        "090",
        "Collimation Error",
        group(
            f("RE", "Range Error", el(8, sq(0.0078125, "NM"))),
            f("AE", "Azimuth Error", el(8, sq(0.02197265625, "\u00b0")))));
  }

  private static AsterixItem i080() {
    return item(C, "080", "Warning/Error Conditions", repetitiveFx(el(7, raw())));
  }

  private static AsterixItem iSP() {
    return item(C, "SP", "Special Purpose Field", explicit(ExplicitKind.SP));
  }
}
