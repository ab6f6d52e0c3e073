package org.sargas.formats.asterix.editions;

import static org.sargas.formats.asterix.spec.SpecDsl.el;
import static org.sargas.formats.asterix.spec.SpecDsl.explicit;
import static org.sargas.formats.asterix.spec.SpecDsl.f;
import static org.sargas.formats.asterix.spec.SpecDsl.group;
import static org.sargas.formats.asterix.spec.SpecDsl.item;
import static org.sargas.formats.asterix.spec.SpecDsl.raw;
import static org.sargas.formats.asterix.spec.SpecDsl.spare;
import static org.sargas.formats.asterix.spec.SpecDsl.table;
import static org.sargas.formats.asterix.spec.SpecDsl.ui;
import static org.sargas.formats.asterix.spec.SpecDsl.uq;

import java.util.Arrays;
import org.sargas.formats.asterix.spec.AsterixCategory;
import org.sargas.formats.asterix.spec.AsterixItem;
import org.sargas.formats.asterix.spec.Variation.ExplicitKind;

/**
 * ASTERIX Category 065 "SDPS Service Status Reports", edition 1.6.
 *
 * <p>GENERATED from {@code cat065_cat-1.6.ast} of zoranbosnjak/asterix-specs (BSD-3-Clause) by
 * {@code EditionSourceWriter}; do not edit. {@code EditionTablesMatchSpecsTest} checks it against
 * the specification.
 */
public final class Cat065Edition1_6 {
  private static final int C = 65;

  /** The category definition with its UAP. */
  public static final AsterixCategory CATEGORY =
      new AsterixCategory(
          C,
          "1.6",
          "SDPS Service Status Reports",
          Arrays.asList(
              i010(), i000(), i015(), i030(), i020(), i040(), i050(), null, null, null, null, null,
              iRE(), iSP()));

  private Cat065Edition1_6() {}

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
                1, "SDPS Status",
                2, "End of Batch",
                3, "Service Status Report")));
  }

  private static AsterixItem i015() {
    return item(C, "015", "Service Identification", el(8, raw()));
  }

  private static AsterixItem i030() {
    return item(C, "030", "Time of Message", el(24, uq(0.0078125, "s")));
  }

  private static AsterixItem i020() {
    return item(C, "020", "Batch Number", el(8, ui()));
  }

  private static AsterixItem i040() {
    return item(
        C,
        "040",
        "SDPS Configuration and Status",
        group(
            f(
                "NOGO",
                "",
                el(
                    2,
                    table(
                        0, "Operational",
                        1, "Degraded",
                        2, "Not currently connected",
                        3, "Unknown"))),
            f(
                "OVL",
                "",
                el(
                    1,
                    table(
                        0, "Default",
                        1, "Overload"))),
            f(
                "TSV",
                "",
                el(
                    1,
                    table(
                        0, "Default",
                        1, "Invalid Time Source"))),
            f(
                "PSS",
                "Processing System Status",
                el(
                    2,
                    table(
                        0, "Not applicable",
                        1, "SDPS-1 selected",
                        2, "SDPS-2 selected",
                        3, "SDPS-3 selected"))),
            f("STTN", "Track Re-numbering Indication", el(1, raw())),
            spare(1)));
  }

  private static AsterixItem i050() {
    return item(
        C,
        "050",
        "Service Status Report",
        el(
            8,
            table(
                1, "Service degradation",
                2, "Service degradation ended",
                3, "Main radar out of service",
                4, "Service interrupted by the operator",
                5, "Service interrupted due to contingency",
                6, "Ready for service restart after contingency",
                7, "Service ended by the operator",
                8, "Failure of user main radar",
                9, "Service restarted by the operator",
                10, "Main radar becoming operational",
                11, "Main radar becoming degraded",
                12, "Service continuity interrupted due to disconnection with adjacent unit",
                13, "Service continuity restarted",
                14, "Service synchronised on backup radar",
                15, "Service synchronised on main radar",
                16, "Main and backup radar, if any, failed")));
  }

  private static AsterixItem iRE() {
    return item(C, "RE", "Reserved Expansion Field", explicit(ExplicitKind.RE));
  }

  private static AsterixItem iSP() {
    return item(C, "SP", "Special Purpose Field", explicit(ExplicitKind.SP));
  }
}
