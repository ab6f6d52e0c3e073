package org.sargas.formats.asterix.editions;

import static org.sargas.formats.asterix.spec.SpecDsl.compound;
import static org.sargas.formats.asterix.spec.SpecDsl.el;
import static org.sargas.formats.asterix.spec.SpecDsl.explicit;
import static org.sargas.formats.asterix.spec.SpecDsl.f;
import static org.sargas.formats.asterix.spec.SpecDsl.group;
import static org.sargas.formats.asterix.spec.SpecDsl.item;
import static org.sargas.formats.asterix.spec.SpecDsl.raw;
import static org.sargas.formats.asterix.spec.SpecDsl.repetitive;
import static org.sargas.formats.asterix.spec.SpecDsl.spare;
import static org.sargas.formats.asterix.spec.SpecDsl.sq;
import static org.sargas.formats.asterix.spec.SpecDsl.table;
import static org.sargas.formats.asterix.spec.SpecDsl.ui;
import static org.sargas.formats.asterix.spec.SpecDsl.uq;

import java.util.Arrays;
import org.sargas.formats.asterix.spec.AsterixCategory;
import org.sargas.formats.asterix.spec.AsterixItem;
import org.sargas.formats.asterix.spec.Variation.ExplicitKind;

/**
 * ASTERIX Category 034 "Transmission of Monoradar Service Messages", edition 1.29.
 *
 * <p>GENERATED from {@code cat034_cat-1.29.ast} of zoranbosnjak/asterix-specs (BSD-3-Clause) by
 * {@code EditionSourceWriter}; do not edit. {@code EditionTablesMatchSpecsTest} checks it against
 * the specification.
 */
public final class Cat034Edition1_29 {
  private static final int C = 34;

  /** The category definition with its UAP. */
  public static final AsterixCategory CATEGORY =
      new AsterixCategory(
          C,
          "1.29",
          "Transmission of Monoradar Service Messages",
          Arrays.asList(
              i010(), i000(), i030(), i020(), i041(), i050(), i060(), i070(), i100(), i110(),
              i120(), i090(), iRE(), iSP()));

  private Cat034Edition1_29() {}

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
                3, "Geographical filtering message",
                4, "Jamming strobe message",
                5, "Solar Storm Message",
                6, "SSR Jamming Strobe Message",
                7, "Mode S Jamming Strobe Message")));
  }

  private static AsterixItem i030() {
    return item(C, "030", "Time of Day", el(24, uq(0.0078125, "s")));
  }

  private static AsterixItem i020() {
    return item(C, "020", "Sector Number", el(8, uq(1.40625, "\u00b0")));
  }

  private static AsterixItem i041() {
    return item(C, "041", "Antenna Rotation Speed", el(16, uq(0.0078125, "s")));
  }

  private static AsterixItem i050() {
    return item(
        C,
        "050",
        "System Configuration and Status",
        compound(
            f(
                "COM",
                "Common Part",
                group(
                    f(
                        "NOGO",
                        "Operational Release Status of the System",
                        el(
                            1,
                            table(
                                0, "System is released for operational use",
                                1,
                                    "Operational use of System is inhibited, i.e. the data shall be discarded by an operational SDPS"))),
                    f(
                        "RDPC",
                        "Radar Data Processor Chain Selection Status",
                        el(
                            1,
                            table(
                                0, "RDPC-1 selected",
                                1, "RDPC-2 selected"))),
                    f(
                        "RDPR",
                        "Event to Signal a Reset/restart of the Selected Radar Data Processor Chain, I.e. Expect a New Assignment of Track Numbers",
                        el(
                            1,
                            table(
                                0, "Default situation",
                                1, "Reset of RDPC"))),
                    f(
                        "OVLRDP",
                        "Radar Data Processor Overload Indicator",
                        el(
                            1,
                            table(
                                0, "Default, no overload",
                                1, "Overload in RDP"))),
                    f(
                        "OVLXMT",
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
                    spare(1))),
            null,
            null,
            f(
                "PSR",
                "Specific Status Information for a PSR Sensor",
                group(
                    f(
                        "ANT",
                        "Selected Antenna",
                        el(
                            1,
                            table(
                                0, "Antenna 1",
                                1, "Antenna 2"))),
                    f(
                        "CHAB",
                        "Channel A/B Selection Status",
                        el(
                            2,
                            table(
                                0, "No channel selected",
                                1, "Channel A only selected",
                                2, "Channel B only selected",
                                3, "Diversity mode ; Channel A and B selected"))),
                    f(
                        "OVL",
                        "Overload Condition",
                        el(
                            1,
                            table(
                                0, "No overload",
                                1, "Overload"))),
                    f(
                        "MSC",
                        "Monitoring System Connected Status",
                        el(
                            1,
                            table(
                                0, "Monitoring system connected",
                                1, "Monitoring system disconnected"))),
                    spare(3))),
            f(
                "SSR",
                "Specific Status Information for a SSR Sensor",
                group(
                    f(
                        "ANT",
                        "Selected Antenna",
                        el(
                            1,
                            table(
                                0, "Antenna 1",
                                1, "Antenna 2"))),
                    f(
                        "CHAB",
                        "Channel A/B Selection Status",
                        el(
                            2,
                            table(
                                0, "No channel selected",
                                1, "Channel A only selected",
                                2, "Channel B only selected",
                                3, "Invalid combination"))),
                    f(
                        "OVL",
                        "Overload Condition",
                        el(
                            1,
                            table(
                                0, "No overload",
                                1, "Overload"))),
                    f(
                        "MSC",
                        "Monitoring System Connected Status:",
                        el(
                            1,
                            table(
                                0, "Monitoring system connected",
                                1, "Monitoring system disconnected"))),
                    spare(3))),
            f(
                "MDS",
                "Specific Status Information for a Mode S Sensor",
                group(
                    f(
                        "ANT",
                        "Selected Antenna",
                        el(
                            1,
                            table(
                                0, "Antenna 1",
                                1, "Antenna 2"))),
                    f(
                        "CHAB",
                        "Channel A/B Selection Status",
                        el(
                            2,
                            table(
                                0, "No channel selected",
                                1, "Channel A only selected",
                                2, "Channel B only selected",
                                3, "Illegal combination"))),
                    f(
                        "OVLSUR",
                        "Overload Condition",
                        el(
                            1,
                            table(
                                0, "No overload",
                                1, "Overload"))),
                    f(
                        "MSC",
                        "Monitoring System Connected Status:",
                        el(
                            1,
                            table(
                                0, "Monitoring system connected",
                                1, "Monitoring system disconnected"))),
                    f(
                        "SCF",
                        "Channel A/B Selection Status for Surveillance Co-ordination Function",
                        el(
                            1,
                            table(
                                0, "Channel A in use",
                                1, "Channel B in use"))),
                    f(
                        "DLF",
                        "Channel A/B Selection Status for Data Link Function",
                        el(
                            1,
                            table(
                                0, "Channel A in use",
                                1, "Channel B in use"))),
                    f(
                        "OVLSCF",
                        "Overload in Surveillance Co-ordination Function",
                        el(
                            1,
                            table(
                                0, "No overload",
                                1, "Overload"))),
                    f(
                        "OVLDLF",
                        "Overload in Data Link Function",
                        el(
                            1,
                            table(
                                0, "No overload",
                                1, "Overload"))),
                    spare(7)))));
  }

  private static AsterixItem i060() {
    return item(
        C,
        "060",
        "System Processing Mode",
        compound(
            f(
                "COM",
                "Common Part",
                group(
                    spare(1),
                    f(
                        "REDRDP",
                        "Reduction Steps in Use for An Overload of the RDP",
                        el(
                            3,
                            table(
                                0, "No reduction active",
                                1, "Reduction step 1 active",
                                2, "Reduction step 2 active",
                                3, "Reduction step 3 active",
                                4, "Reduction step 4 active",
                                5, "Reduction step 5 active",
                                6, "Reduction step 6 active",
                                7, "Reduction step 7 active"))),
                    f(
                        "REDXMT",
                        "Reduction Steps in Use for An Overload of the Transmission Subsystem",
                        el(
                            3,
                            table(
                                0, "No reduction active",
                                1, "Reduction step 1 active",
                                2, "Reduction step 2 active",
                                3, "Reduction step 3 active",
                                4, "Reduction step 4 active",
                                5, "Reduction step 5 active",
                                6, "Reduction step 6 active",
                                7, "Reduction step 7 active"))),
                    spare(1))),
            null,
            null,
            f(
                "PSR",
                "Specific Processing Mode Information for a PSR Sensor",
                group(
                    f(
                        "POL",
                        "Polarization in Use by PSR",
                        el(
                            1,
                            table(
                                0, "Linear polarization",
                                1, "Circular polarization"))),
                    f(
                        "REDRAD",
                        "Reduction Steps in Use as Result of An Overload Within the PSR Subsystem",
                        el(
                            3,
                            table(
                                0, "No reduction active",
                                1, "Reduction step 1 active",
                                2, "Reduction step 2 active",
                                3, "Reduction step 3 active",
                                4, "Reduction step 4 active",
                                5, "Reduction step 5 active",
                                6, "Reduction step 6 active",
                                7, "Reduction step 7 active"))),
                    f(
                        "STC",
                        "Sensitivity Time Control Map in Use",
                        el(
                            2,
                            table(
                                0, "STC Map-1",
                                1, "STC Map-2",
                                2, "STC Map-3",
                                3, "STC Map-4"))),
                    spare(2))),
            f(
                "SSR",
                "Specific Processing Mode Information for a SSR Sensor",
                group(
                    f(
                        "REDRAD",
                        "Reduction Steps in Use as Result of An Overload Within the SSR Subsystem",
                        el(
                            3,
                            table(
                                0, "No reduction active",
                                1, "Reduction step 1 active",
                                2, "Reduction step 2 active",
                                3, "Reduction step 3 active",
                                4, "Reduction step 4 active",
                                5, "Reduction step 5 active",
                                6, "Reduction step 6 active",
                                7, "Reduction step 7 active"))),
                    spare(5))),
            f(
                "MDS",
                "Specific Processing Mode Information for a Mode S Sensor",
                group(
                    f(
                        "REDRAD",
                        "Reduction Steps in Use as Result of An Overload Within the Mode S Subsystem",
                        el(
                            3,
                            table(
                                0, "No reduction active",
                                1, "Reduction step 1 active",
                                2, "Reduction step 2 active",
                                3, "Reduction step 3 active",
                                4, "Reduction step 4 active",
                                5, "Reduction step 5 active",
                                6, "Reduction step 6 active",
                                7, "Reduction step 7 active"))),
                    f(
                        "CLU",
                        "Cluster State",
                        el(
                            1,
                            table(
                                0, "Autonomous",
                                1, "Not autonomous"))),
                    spare(4)))));
  }

  private static AsterixItem i070() {
    return item(
        C,
        "070",
        "Message Count Values",
        repetitive(
            group(
                f(
                    "TYP",
                    "Type of Message Counter",
                    el(
                        5,
                        table(
                            0, "No detection (number of misses)",
                            1, "Single PSR target reports",
                            2, "Single SSR target reports (Non-Mode S)",
                            3, "SSR+PSR target reports (Non-Mode S)",
                            4, "Single All-Call target reports (Mode S)",
                            5, "Single Roll-Call target reports (Mode S)",
                            6, "All-Call + PSR (Mode S) target reports",
                            7, "Roll-Call + PSR (Mode S) target reports",
                            8, "Filter for Weather data",
                            9, "Filter for Jamming Strobe",
                            10, "Filter for PSR data",
                            11, "Filter for SSR/Mode S data",
                            12, "Filter for SSR/Mode S+PSR data",
                            13, "Filter for Enhanced Surveillance data",
                            14, "Filter for PSR+Enhanced Surveillance",
                            15,
                                "Filter for PSR+Enhanced Surveillance + SSR/Mode S data not in Area of Prime Interest",
                            16, "Filter for PSR+Enhanced Surveillance + all SSR/Mode S data",
                            17, "Re-Interrogations (per sector)",
                            18, "BDS Swap and wrong DF replies(per sector)",
                            19, "Mode A/C FRUIT (per sector)",
                            20, "Mode S FRUIT (per sector)"))),
                f("COUNT", "COUNTER", el(11, ui())))));
  }

  private static AsterixItem i100() {
    return item(
        C,
        "100",
        "Generic Polar Window",
        group(
            f("RHOST", "Rho Start", el(16, uq(0.00390625, "NM"))),
            f("RHOEND", "Rho End", el(16, uq(0.00390625, "NM"))),
            f("THETAST", "Theta Start", el(16, uq(0.0054931640625, "\u00b0"))),
            f("THETAEND", "Theta End", el(16, uq(0.0054931640625, "\u00b0")))));
  }

  private static AsterixItem i110() {
    return item(
        C,
        "110",
        "Data Filter",
        el(
            8,
            table(
                0, "Invalid value",
                1, "Filter for Weather data",
                2, "Filter for Jamming Strobe",
                3, "Filter for PSR data",
                4, "Filter for SSR/Mode S data",
                5, "Filter for SSR/Mode S + PSR data",
                6, "Enhanced Surveillance data",
                7, "Filter for PSR+Enhanced Surveillance data",
                8,
                    "Filter for PSR+Enhanced Surveillance + SSR/Mode S data not in Area of Prime Interest",
                9, "Filter for PSR+Enhanced Surveillance + all SSR/Mode S data")));
  }

  private static AsterixItem i120() {
    return item(
        C,
        "120",
        "3D-Position Of Data Source",
        group(
            f("HGT", "Height of Data Source", el(16, sq(1.0, "m"))),
            f("LAT", "Latitude", el(24, sq(2.1457672119140625E-5, "\u00b0"))),
            f("LON", "Longitude", el(24, sq(2.1457672119140625E-5, "\u00b0")))));
  }

  private static AsterixItem i090() {
    return item(
        C,
        "090",
        "Collimation Error",
        group(
            f("RNG", "Range Error", el(8, sq(0.0078125, "NM"))),
            f("AZM", "Azimuth Error", el(8, sq(0.02197265625, "\u00b0")))));
  }

  private static AsterixItem iRE() {
    return item(C, "RE", "Reserved Expansion Field", explicit(ExplicitKind.RE));
  }

  private static AsterixItem iSP() {
    return item(C, "SP", "Special Purpose Field", explicit(ExplicitKind.SP));
  }
}
