package org.sargas.formats.asterix.editions;

import static org.sargas.formats.asterix.spec.SpecDsl.el;
import static org.sargas.formats.asterix.spec.SpecDsl.explicit;
import static org.sargas.formats.asterix.spec.SpecDsl.extended;
import static org.sargas.formats.asterix.spec.SpecDsl.f;
import static org.sargas.formats.asterix.spec.SpecDsl.group;
import static org.sargas.formats.asterix.spec.SpecDsl.item;
import static org.sargas.formats.asterix.spec.SpecDsl.part;
import static org.sargas.formats.asterix.spec.SpecDsl.raw;
import static org.sargas.formats.asterix.spec.SpecDsl.spare;
import static org.sargas.formats.asterix.spec.SpecDsl.sq;
import static org.sargas.formats.asterix.spec.SpecDsl.table;
import static org.sargas.formats.asterix.spec.SpecDsl.uq;

import java.util.Arrays;
import org.sargas.formats.asterix.spec.AsterixCategory;
import org.sargas.formats.asterix.spec.AsterixItem;
import org.sargas.formats.asterix.spec.Variation.ExplicitKind;

/**
 * ASTERIX Category 063 "Sensor Status Reports", edition 1.7.
 *
 * <p>GENERATED from {@code cat063_cat-1.7.ast} of zoranbosnjak/asterix-specs (BSD-3-Clause) by
 * {@code EditionSourceWriter}; do not edit. {@code EditionTablesMatchSpecsTest} checks it against
 * the specification.
 */
public final class Cat063Edition1_7 {
  private static final int C = 63;

  /** The category definition with its UAP. */
  public static final AsterixCategory CATEGORY =
      new AsterixCategory(
          C,
          "1.7",
          "Sensor Status Reports",
          Arrays.asList(
              i010(), i015(), i030(), i050(), i060(), i070(), i080(), i081(), i090(), i091(),
              i092(), null, iRE(), iSP()));

  private Cat063Edition1_7() {}

  private static AsterixItem i010() {
    return item(
        C,
        "010",
        "Data Source Identifier",
        group(
            f("SAC", "System Area Code", el(8, raw())),
            f("SIC", "System Identification Code", el(8, raw()))));
  }

  private static AsterixItem i015() {
    return item(C, "015", "Service Identification", el(8, raw()));
  }

  private static AsterixItem i030() {
    return item(C, "030", "Time of Message", el(24, uq(0.0078125, "s")));
  }

  private static AsterixItem i050() {
    return item(
        C,
        "050",
        "Sensor Identifier",
        group(
            f("SAC", "System Area Code", el(8, raw())),
            f("SIC", "System Identification Code", el(8, raw()))));
  }

  private static AsterixItem i060() {
    return item(
        C,
        "060",
        "Sensor Configuration and Status",
        extended(
            part(
                f(
                    "CON",
                    "",
                    el(
                        2,
                        table(
                            0, "Operational",
                            1, "Degraded",
                            2, "Initialization",
                            3, "Not currently connected"))),
                f(
                    "PSR",
                    "",
                    el(
                        1,
                        table(
                            0, "PSR GO",
                            1, "PSR NOGO"))),
                f(
                    "SSR",
                    "",
                    el(
                        1,
                        table(
                            0, "SSR GO",
                            1, "SSR NOGO"))),
                f(
                    "MDS",
                    "",
                    el(
                        1,
                        table(
                            0, "MDS GO",
                            1, "MDS NOGO"))),
                f(
                    "ADS",
                    "",
                    el(
                        1,
                        table(
                            0, "ADS GO",
                            1, "ADS NOGO"))),
                f(
                    "MLT",
                    "",
                    el(
                        1,
                        table(
                            0, "MLT GO",
                            1, "MLT NOGO")))),
            part(
                f(
                    "OPS",
                    "Operational Release Status of the System",
                    el(
                        1,
                        table(
                            0, "System is released for operational use",
                            1, "Operational use of System is inhibited"))),
                f(
                    "ODP",
                    "Data Processor Overload Indicator",
                    el(
                        1,
                        table(
                            0, "Default, no overload",
                            1, "Overload in DP"))),
                f(
                    "OXT",
                    "Transmission Subsystem Overload Status",
                    el(
                        1,
                        table(
                            0, "Default, no overload",
                            1, "Overload in transmission subsystem"))),
                f(
                    "MSC",
                    "Monitoring System Connected Status",
                    el(
                        1,
                        table(
                            0, "Monitoring system connected",
                            1, "Monitoring system disconnected"))),
                f(
                    "TSV",
                    "Time Source Validity",
                    el(
                        1,
                        table(
                            0, "Valid",
                            1, "Invalid"))),
                f(
                    "NPW",
                    "No Plot Warning",
                    el(
                        1,
                        table(
                            0, "Default (no meaning)",
                            1, "No plots being received"))),
                spare(1)),
            part(
                f(
                    "TTF",
                    "Test Target Failure Status from Sensor",
                    group(
                        f(
                            "EP",
                            "Element Populated Bit",
                            el(
                                1,
                                table(
                                    0, "Element not populated",
                                    1, "Element populated"))),
                        f(
                            "VAL",
                            "Test Target Failure Status Values",
                            el(
                                1,
                                table(
                                    0, "Test Target Operative",
                                    1, "Test Target Failure"))))),
                f(
                    "SPO",
                    "Indication of Spoofing Attack from Sensor",
                    group(
                        f(
                            "EP",
                            "Element Populated Bit",
                            el(
                                1,
                                table(
                                    0, "Element not populated",
                                    1, "Element populated"))),
                        f(
                            "VAL",
                            "Indication of Spoofing Attack Values",
                            el(
                                1,
                                table(
                                    0, "No spoofing detected",
                                    1, "Potential spoofing attack"))))),
                spare(3)),
            part()));
  }

  private static AsterixItem i070() {
    return item(C, "070", "Time Stamping Bias", el(16, sq(1.0, "ms")));
  }

  private static AsterixItem i080() {
    return item(
        C,
        "080",
        "SSR / Mode S Range Gain and Bias",
        group(
            f("SRG", "Mode S Range Gain", el(16, sq(1.0E-5, ""))),
            f("SRB", "Mode S Range Bias", el(16, sq(0.0078125, "NM")))));
  }

  private static AsterixItem i081() {
    return item(C, "081", "SSR Mode S Azimuth Bias", el(16, sq(0.0054931640625, "\u00b0")));
  }

  private static AsterixItem i090() {
    return item(
        C,
        "090",
        "PSR Range Gain and Bias",
        group(
            f("PRG", "PSR Range Gain", el(16, sq(1.0E-5, ""))),
            f("PRB", "PSR Range Bias", el(16, sq(0.0078125, "NM")))));
  }

  private static AsterixItem i091() {
    return item(C, "091", "PSR Azimuth Bias", el(16, sq(0.0054931640625, "\u00b0")));
  }

  private static AsterixItem i092() {
    return item(C, "092", "PSR Elevation Bias", el(16, sq(0.0054931640625, "\u00b0")));
  }

  private static AsterixItem iRE() {
    return item(C, "RE", "Reserved Expansion Field", explicit(ExplicitKind.RE));
  }

  private static AsterixItem iSP() {
    return item(C, "SP", "Special Purpose Field", explicit(ExplicitKind.SP));
  }
}
