package org.sargas.formats.asterix.editions;

import static org.sargas.formats.asterix.spec.SpecDsl.cases;
import static org.sargas.formats.asterix.spec.SpecDsl.el;
import static org.sargas.formats.asterix.spec.SpecDsl.explicit;
import static org.sargas.formats.asterix.spec.SpecDsl.extended;
import static org.sargas.formats.asterix.spec.SpecDsl.f;
import static org.sargas.formats.asterix.spec.SpecDsl.group;
import static org.sargas.formats.asterix.spec.SpecDsl.item;
import static org.sargas.formats.asterix.spec.SpecDsl.part;
import static org.sargas.formats.asterix.spec.SpecDsl.raw;
import static org.sargas.formats.asterix.spec.SpecDsl.repetitiveFx;
import static org.sargas.formats.asterix.spec.SpecDsl.spare;
import static org.sargas.formats.asterix.spec.SpecDsl.sq;
import static org.sargas.formats.asterix.spec.SpecDsl.table;
import static org.sargas.formats.asterix.spec.SpecDsl.text;
import static org.sargas.formats.asterix.spec.SpecDsl.uaps;
import static org.sargas.formats.asterix.spec.SpecDsl.uq;

import java.util.Arrays;
import org.sargas.formats.asterix.spec.AsterixCategory;
import org.sargas.formats.asterix.spec.AsterixItem;
import org.sargas.formats.asterix.spec.Content.TextKind;
import org.sargas.formats.asterix.spec.Variation.ExplicitKind;

/**
 * ASTERIX Category 001 "Transmission of Monoradar Data Target Reports", edition 1.4.
 *
 * <p>GENERATED from {@code cat001_cat-1.4.ast} (specs/cat001/cat-1.4.ast at commit
 * c2b3d676a3359c319f672c974553cff7a79f0cae) of github.com/zoranbosnjak/asterix-specs (BSD-3-Clause,
 * Copyright (c) 2019, KZPS; redistributed definitions, not the file) by {@code
 * EditionSourceWriter}; do not edit. {@code EditionTablesMatchSpecsTest} checks it against the
 * specification.
 */
public final class Cat001Edition1_4 {
  private static final int C = 1;

  /** The category definition with its UAP. */
  public static final AsterixCategory CATEGORY =
      new AsterixCategory(
          C,
          "1.4",
          "Transmission of Monoradar Data Target Reports",
          uaps(
              "020",
              "TYP",
              cases(0, "plot", 1, "track"),
              "plot",
              Arrays.asList(
                  i010(), i020(), i040(), i070(), i090(), i130(), i141(), i050(), i120(), i131(),
                  i080(), i100(), i060(), i030(), i150(), null, null, null, null, iSP(), null),
              "track",
              Arrays.asList(
                  i010(), i020(), i161(), i040(), i042(), i200(), i070(), i090(), i141(), i130(),
                  i131(), i120(), i170(), i210(), i050(), i080(), i100(), i060(), i030(), iSP(),
                  null, i150())));

  private Cat001Edition1_4() {}

  private static AsterixItem i010() {
    return item(
        C,
        "010",
        "Data Source Identifier",
        group(
            f("SAC", "System Area Code", el(8, raw())),
            f("SIC", "System Identification Code", el(8, raw()))));
  }

  private static AsterixItem i020() {
    return item(
        C,
        "020",
        "Target Report Descriptor",
        extended(
            part(
                f(
                    "TYP",
                    "",
                    el(
                        1,
                        table(
                            0, "Plot",
                            1, "Track"))),
                f(
                    "SIM",
                    "",
                    el(
                        1,
                        table(
                            0, "Actual plot or track",
                            1, "Simulated plot or track"))),
                f(
                    "SSRPSR",
                    "Radar Detection in Last Antenna Scan",
                    el(
                        2,
                        table(
                            0, "No detection",
                            1, "Sole primary detection",
                            2, "Sole secondary detection",
                            3, "Combined primary and secondary detection"))),
                f(
                    "ANT",
                    "",
                    el(
                        1,
                        table(
                            0, "Target report from antenna 1",
                            1, "Target report from antenna 2"))),
                f(
                    "SPI",
                    "",
                    el(
                        1,
                        table(
                            0, "Default",
                            1, "Special Position Identification"))),
                f(
                    "RAB",
                    "",
                    el(
                        1,
                        table(
                            0, "Default",
                            1, "Plot or track from a fixed transponder")))),
            part(
                f(
                    "TST",
                    "",
                    el(
                        1,
                        table(
                            0, "Default",
                            1, "Test target indicator"))),
                f(
                    "DS1DS2",
                    "Radar Detection in Last Antenna Scan",
                    el(
                        2,
                        table(
                            0, "Default",
                            1, "Unlawful interference (code 7500)",
                            2, "Radio-communication failure (code 7600)",
                            3, "Emergency (code 7700)"))),
                f(
                    "ME",
                    "",
                    el(
                        1,
                        table(
                            0, "Default",
                            1, "Military emergency"))),
                f(
                    "MI",
                    "",
                    el(
                        1,
                        table(
                            0, "Default",
                            1, "Military identification"))),
                spare(2)),
            part()));
  }

  private static AsterixItem i040() {
    return item(
        C,
        "040",
        "Measured Position in Polar Co-ordinates",
        group(
            f("RHO", "", el(16, uq(0.0078125, "NM"))),
            f("THETA", "", el(16, uq(0.0054931640625, "\u00b0")))));
  }

  private static AsterixItem i070() {
    return item(
        C,
        "070",
        "Mode-3/A Code in Octal Representation",
        group(
            f(
                "V",
                "",
                el(
                    1,
                    table(
                        0, "Code validated",
                        1, "Code not validated"))),
            f(
                "G",
                "",
                el(
                    1,
                    table(
                        0, "Default",
                        1, "Garbled code"))),
            f(
                "L",
                "",
                el(
                    1,
                    table(
                        0, "Mode-3/A code derived from the reply of the transponder",
                        1, "Smoothed Mode-3/A code as provided by a local tracker"))),
            spare(1),
            f("MODE3A", "Mode-3/A Reply in Octal Representation", el(12, text(TextKind.OCTAL)))));
  }

  private static AsterixItem i090() {
    return item(
        C,
        "090",
        "Mode-C Code in Binary Representation",
        group(
            f(
                "V",
                "",
                el(
                    1,
                    table(
                        0, "Code validated",
                        1, "Code not validated"))),
            f(
                "G",
                "",
                el(
                    1,
                    table(
                        0, "Default",
                        1, "Garbled code"))),
            f("HGT", "Mode-C HEIGHT", el(14, sq(0.25, "FL")))));
  }

  private static AsterixItem i130() {
    return item(C, "130", "Radar Plot Characteristics", repetitiveFx(el(7, raw())));
  }

  private static AsterixItem i141() {
    return item(C, "141", "Truncated Time of Day", el(16, uq(0.0078125, "s")));
  }

  private static AsterixItem i050() {
    return item(
        C,
        "050",
        "Mode-2 Code in Octal Representation",
        group(
            f(
                "V",
                "",
                el(
                    1,
                    table(
                        0, "Code validated",
                        1, "Code not validated"))),
            f(
                "G",
                "",
                el(
                    1,
                    table(
                        0, "Default",
                        1, "Garbled code"))),
            f(
                "L",
                "",
                el(
                    1,
                    table(
                        0, "Mode-2 code as derived from the reply of the transponder",
                        1, "Smoothed Mode-2 code as provided by a local tracker"))),
            spare(1),
            f("MODE2", "Mode-2 Code in Octal Representation", el(12, text(TextKind.OCTAL)))));
  }

  private static AsterixItem i120() {
    return item(C, "120", "Measured Radial Doppler Speed", el(8, sq(0.00390625, "NM/s")));
  }

  private static AsterixItem i131() {
    return item(C, "131", "Received Power", el(8, sq(1.0, "dBm")));
  }

  private static AsterixItem i080() {
    return item(
        C,
        "080",
        "Mode-3/A Code Confidence Indicator",
        group(
            spare(4),
            f(
                "QA4",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse A4",
                        1, "Low quality pulse A4"))),
            f(
                "QA2",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse A2",
                        1, "Low quality pulse A2"))),
            f(
                "QA1",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse A1",
                        1, "Low quality pulse A1"))),
            f(
                "QB4",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse B4",
                        1, "Low quality pulse B4"))),
            f(
                "QB2",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse B2",
                        1, "Low quality pulse B2"))),
            f(
                "QB1",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse B1",
                        1, "Low quality pulse B1"))),
            f(
                "QC4",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse C4",
                        1, "Low quality pulse C4"))),
            f(
                "QC2",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse C2",
                        1, "Low quality pulse C2"))),
            f(
                "QC1",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse C1",
                        1, "Low quality pulse C1"))),
            f(
                "QD4",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse D4",
                        1, "Low quality pulse D4"))),
            f(
                "QD2",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse D2",
                        1, "Low quality pulse D2"))),
            f(
                "QD1",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse D1",
                        1, "Low quality pulse D1")))));
  }

  private static AsterixItem i100() {
    return item(
        C,
        "100",
        "Mode-C Code and Code Confidence Indicator",
        group(
            f(
                "V",
                "",
                el(
                    1,
                    table(
                        0, "Code validated",
                        1, "Code not validated"))),
            f(
                "G",
                "",
                el(
                    1,
                    table(
                        0, "Default",
                        1, "Garbled code"))),
            spare(2),
            f("MODEC", "Mode-C Reply in Gray Notation", el(12, raw())),
            spare(4),
            f(
                "QC1",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse C1",
                        1, "Low quality pulse C1"))),
            f(
                "QA1",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse A1",
                        1, "Low quality pulse A1"))),
            f(
                "QC2",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse C2",
                        1, "Low quality pulse C2"))),
            f(
                "QA2",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse A2",
                        1, "Low quality pulse A2"))),
            f(
                "QC4",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse C4",
                        1, "Low quality pulse C4"))),
            f(
                "QA4",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse A4",
                        1, "Low quality pulse A4"))),
            f(
                "QB1",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse B1",
                        1, "Low quality pulse B1"))),
            f(
                "QD1",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse D1",
                        1, "Low quality pulse D1"))),
            f(
                "QB2",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse B2",
                        1, "Low quality pulse B2"))),
            f(
                "QD2",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse D2",
                        1, "Low quality pulse D2"))),
            f(
                "QB4",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse B4",
                        1, "Low quality pulse B4"))),
            f(
                "QD4",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse D4",
                        1, "Low quality pulse D4")))));
  }

  private static AsterixItem i060() {
    return item(
        C,
        "060",
        "Mode-2 Code Confidence Indicator",
        group(
            spare(4),
            f(
                "QA4",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse A4",
                        1, "Low quality pulse A4"))),
            f(
                "QA2",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse A2",
                        1, "Low quality pulse A2"))),
            f(
                "QA1",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse A1",
                        1, "Low quality pulse A1"))),
            f(
                "QB4",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse B4",
                        1, "Low quality pulse B4"))),
            f(
                "QB2",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse B2",
                        1, "Low quality pulse B2"))),
            f(
                "QB1",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse B1",
                        1, "Low quality pulse B1"))),
            f(
                "QC4",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse C4",
                        1, "Low quality pulse C4"))),
            f(
                "QC2",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse C2",
                        1, "Low quality pulse C2"))),
            f(
                "QC1",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse C1",
                        1, "Low quality pulse C1"))),
            f(
                "QD4",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse D4",
                        1, "Low quality pulse D4"))),
            f(
                "QD2",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse D2",
                        1, "Low quality pulse D2"))),
            f(
                "QD1",
                "",
                el(
                    1,
                    table(
                        0, "High quality pulse D1",
                        1, "Low quality pulse D1")))));
  }

  private static AsterixItem i030() {
    return item(
        C,
        "030",
        "Warning/Error Conditions",
        repetitiveFx(
            el(
                7,
                table(
                    0, "No warning nor error condition",
                    1, "Garbled reply",
                    2, "Reflection",
                    3, "Sidelobe reply",
                    4, "Split plot",
                    5, "Second time around reply",
                    6, "Angels",
                    7, "Terrestrial vehicles",
                    64, "Possible wrong code in Mode-3/A",
                    65,
                        "Possible wrong altitude information, transmitted when the Code C credibility check fails together with the Mode-C code in binary notation",
                    66, "Possible phantom MSSR plot",
                    80, "Fixed PSR plot",
                    81, "Slow PSR plot",
                    82, "Low quality PSR plot"))));
  }

  private static AsterixItem i150() {
    return item(
        C,
        "150",
        "Presence of X-Pulse",
        group(
            f(
                "XA",
                "",
                el(
                    1,
                    table(
                        0, "Default",
                        1, "X-pulse received in Mode-3/A reply"))),
            spare(1),
            f(
                "XC",
                "",
                el(
                    1,
                    table(
                        0, "Default",
                        1, "X-pulse received in Mode-C reply"))),
            spare(2),
            f(
                "X2",
                "",
                el(
                    1,
                    table(
                        0, "Default",
                        1, "X-pulse received in Mode-2 reply"))),
            spare(2)));
  }

  private static AsterixItem iSP() {
    return item(C, "SP", "Special Purpose Field", explicit(ExplicitKind.SP));
  }

  private static AsterixItem i161() {
    return item(C, "161", "Track Plot Number", el(16, raw()));
  }

  private static AsterixItem i042() {
    return item(
        C,
        "042",
        "Calculated Position in Cartesian Co-ordinates",
        group(
            f("X", "X-Component", el(16, sq(0.015625, "NM"))),
            f("Y", "Y-Component", el(16, sq(0.015625, "NM")))));
  }

  private static AsterixItem i200() {
    return item(
        C,
        "200",
        "Calculated Track Velocity in Polar Co-ordinates",
        group(
            f("GSP", "Calculated Groundspeed", el(16, uq(6.103515625E-5, "NM/s"))),
            f("HDG", "Calculated Heading", el(16, uq(0.0054931640625, "\u00b0")))));
  }

  private static AsterixItem i170() {
    return item(
        C,
        "170",
        "Track Status",
        extended(
            part(
                f(
                    "CON",
                    "",
                    el(
                        1,
                        table(
                            0, "Confirmed Track",
                            1, "Track in initialisation phase"))),
                f(
                    "RAD",
                    "",
                    el(
                        1,
                        table(
                            0, "Primary track",
                            1, "SSR/Combined track"))),
                f(
                    "MAN",
                    "",
                    el(
                        1,
                        table(
                            0, "Default",
                            1, "Aircraft manoeuvring"))),
                f(
                    "DOU",
                    "",
                    el(
                        1,
                        table(
                            0, "Default",
                            1, "Doubtful plot to track association"))),
                f(
                    "RDPC",
                    "Radar Data Processing Chain",
                    el(
                        1,
                        table(
                            0, "RDP Chain 1",
                            1, "RDP Chain 2"))),
                spare(1),
                f(
                    "GHO",
                    "",
                    el(
                        1,
                        table(
                            0, "Default",
                            1, "Ghost track")))),
            part(
                f(
                    "TRE",
                    "",
                    el(
                        1,
                        table(
                            0, "Default",
                            1, "Last report for a track"))),
                spare(6)),
            part()));
  }

  private static AsterixItem i210() {
    return item(C, "210", "Track Quality", repetitiveFx(el(7, raw())));
  }
}
