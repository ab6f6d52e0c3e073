package org.sargas.formats.asterix.editions;

import static org.sargas.formats.asterix.spec.SpecDsl.compound;
import static org.sargas.formats.asterix.spec.SpecDsl.el;
import static org.sargas.formats.asterix.spec.SpecDsl.explicit;
import static org.sargas.formats.asterix.spec.SpecDsl.extended;
import static org.sargas.formats.asterix.spec.SpecDsl.f;
import static org.sargas.formats.asterix.spec.SpecDsl.group;
import static org.sargas.formats.asterix.spec.SpecDsl.item;
import static org.sargas.formats.asterix.spec.SpecDsl.part;
import static org.sargas.formats.asterix.spec.SpecDsl.raw;
import static org.sargas.formats.asterix.spec.SpecDsl.repetitive;
import static org.sargas.formats.asterix.spec.SpecDsl.repetitiveFx;
import static org.sargas.formats.asterix.spec.SpecDsl.spare;
import static org.sargas.formats.asterix.spec.SpecDsl.sq;
import static org.sargas.formats.asterix.spec.SpecDsl.table;
import static org.sargas.formats.asterix.spec.SpecDsl.text;
import static org.sargas.formats.asterix.spec.SpecDsl.ui;
import static org.sargas.formats.asterix.spec.SpecDsl.uq;

import java.util.Arrays;
import org.sargas.formats.asterix.spec.AsterixCategory;
import org.sargas.formats.asterix.spec.AsterixItem;
import org.sargas.formats.asterix.spec.Content.TextKind;
import org.sargas.formats.asterix.spec.Variation.ExplicitKind;

/**
 * ASTERIX Category 048 "Monoradar Target Reports", edition 1.31.
 *
 * <p>GENERATED from {@code cat048_cat-1.31.ast} of zoranbosnjak/asterix-specs (BSD-3-Clause) by
 * {@code EditionSourceWriter}; do not edit. {@code EditionTablesMatchSpecsTest} checks it against
 * the specification.
 */
public final class Cat048Edition1_31 {
  private static final int C = 48;

  /** The category definition with its UAP. */
  public static final AsterixCategory CATEGORY =
      new AsterixCategory(
          C,
          "1.31",
          "Monoradar Target Reports",
          Arrays.asList(
              i010(), i140(), i020(), i040(), i070(), i090(), i130(), i220(), i240(), i250(),
              i161(), i042(), i200(), i170(), i210(), i030(), i080(), i100(), i110(), i120(),
              i230(), i260(), i055(), i050(), i065(), i060(), iSP(), iRE()));

  private Cat048Edition1_31() {}

  private static AsterixItem i010() {
    return item(
        C,
        "010",
        "Data Source Identifier",
        group(
            f("SAC", "System Area Code", el(8, raw())),
            f("SIC", "System Identification Code", el(8, raw()))));
  }

  private static AsterixItem i140() {
    return item(C, "140", "Time of Day", el(24, uq(0.0078125, "s")));
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
                        3,
                        table(
                            0, "No detection",
                            1, "Single PSR detection",
                            2, "Single SSR detection",
                            3, "SSR + PSR detection",
                            4, "Single ModeS All-Call",
                            5, "Single ModeS Roll-Call",
                            6, "ModeS All-Call + PSR",
                            7, "ModeS Roll-Call +PSR"))),
                f(
                    "SIM",
                    "",
                    el(
                        1,
                        table(
                            0, "Actual target report",
                            1, "Simulated target report"))),
                f(
                    "RDP",
                    "",
                    el(
                        1,
                        table(
                            0, "Report from RDP Chain 1",
                            1, "Report from RDP Chain 2"))),
                f(
                    "SPI",
                    "",
                    el(
                        1,
                        table(
                            0, "Absence of SPI",
                            1, "Special Position Identification"))),
                f(
                    "RAB",
                    "",
                    el(
                        1,
                        table(
                            0, "Report from aircraft transponder",
                            1, "Report from field monitor (fixed transponder)")))),
            part(
                f(
                    "TST",
                    "",
                    el(
                        1,
                        table(
                            0, "Real target report",
                            1, "Test target report"))),
                f(
                    "ERR",
                    "",
                    el(
                        1,
                        table(
                            0, "No Extended Range",
                            1, "Extended Range present"))),
                f(
                    "XPP",
                    "",
                    el(
                        1,
                        table(
                            0, "No X-Pulse present",
                            1, "X-Pulse present"))),
                f(
                    "ME",
                    "",
                    el(
                        1,
                        table(
                            0, "No military emergency",
                            1, "Military emergency"))),
                f(
                    "MI",
                    "",
                    el(
                        1,
                        table(
                            0, "No military identification",
                            1, "Military identification"))),
                f(
                    "FOEFRI",
                    "",
                    el(
                        2,
                        table(
                            0, "No Mode 4 interrogation",
                            1, "Friendly target",
                            2, "Unknown target",
                            3, "No reply")))),
            part(
                f(
                    "ADSB",
                    "On-Site ADS-B Information",
                    group(
                        f(
                            "EP",
                            "ADSB Element Populated Bit",
                            el(
                                1,
                                table(
                                    0, "ADSB not populated",
                                    1, "ADSB populated"))),
                        f(
                            "VAL",
                            "On-Site ADS-B Information",
                            el(
                                1,
                                table(
                                    0, "Not available",
                                    1, "Available"))))),
                f(
                    "SCN",
                    "Surveillance Cluster Network Information",
                    group(
                        f(
                            "EP",
                            "SCN Element Populated Bit",
                            el(
                                1,
                                table(
                                    0, "SCN not populated",
                                    1, "SCN populated"))),
                        f(
                            "VAL",
                            "Surveillance Cluster Network Information",
                            el(
                                1,
                                table(
                                    0, "Not available",
                                    1, "Available"))))),
                f(
                    "PAI",
                    "Passive Acquisition Interface Information",
                    group(
                        f(
                            "EP",
                            "PAI Element Populated Bit",
                            el(
                                1,
                                table(
                                    0, "PAI not populated",
                                    1, "PAI populated"))),
                        f(
                            "VAL",
                            "Passive Acquisition Interface Information",
                            el(
                                1,
                                table(
                                    0, "Not available",
                                    1, "Available"))))),
                spare(1)),
            part()));
  }

  private static AsterixItem i040() {
    return item(
        C,
        "040",
        "Measured Position in Polar Co-ordinates",
        group(
            f("RHO", "", el(16, uq(0.00390625, "NM"))),
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
                        1, "Mode-3/A code not extracted during the last scan"))),
            spare(1),
            f("MODE3A", "Mode-3/A Reply in Octal Representation", el(12, text(TextKind.OCTAL)))));
  }

  private static AsterixItem i090() {
    return item(
        C,
        "090",
        "Flight Level in Binary Representation",
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
            f("FL", "", el(14, uq(0.25, "FL")))));
  }

  private static AsterixItem i130() {
    return item(
        C,
        "130",
        "Radar Plot Characteristics",
        compound(
            f("SRL", "SSR Plot Runlength", el(8, uq(0.0439453125, "\u00b0"))),
            f("SRR", "Number of Received Replies for (M)SSR", el(8, ui())),
            f("SAM", "Amplitude of (M)SSR Reply", el(8, sq(1.0, "dBm"))),
            f("PRL", "Primary Plot Runlength", el(8, uq(0.0439453125, "\u00b0"))),
            f("PAM", "Amplitude of Primary Plot", el(8, sq(1.0, "dBm"))),
            f("RPD", "Difference in Range Between PSR and SSR Plot", el(8, sq(0.00390625, "NM"))),
            f(
                "APD",
                "Difference in Azimuth Between PSR and SSR Plot",
                el(8, sq(0.02197265625, "\u00b0")))));
  }

  private static AsterixItem i220() {
    return item(C, "220", "Aircraft Address", el(24, raw()));
  }

  private static AsterixItem i240() {
    return item(C, "240", "Aircraft Identification", el(48, text(TextKind.ICAO)));
  }

  private static AsterixItem i250() {
    return item(
        C,
        "250",
        "BDS Register Data",
        repetitive(
            group(
                f("MBDATA", "Mode S Comm B Message Data", el(56, raw())),
                f("BDS1", "Comm B Data Buffer Store 1 Address", el(4, raw())),
                f("BDS2", "Comm B Data Buffer Store 2 Address", el(4, raw())))));
  }

  private static AsterixItem i161() {
    return item(C, "161", "Track Number", group(spare(4), f("TRN", "Track Number", el(12, raw()))));
  }

  private static AsterixItem i042() {
    return item(
        C,
        "042",
        "Calculated Position in Cartesian Co-ordinates",
        group(
            f("X", "X-Component", el(16, sq(0.0078125, "NM"))),
            f("Y", "X-Component", el(16, sq(0.0078125, "NM")))));
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
                    "CNF",
                    "Confirmed Vs. Tentative Track",
                    el(
                        1,
                        table(
                            0, "Confirmed Track",
                            1, "Tentative Track"))),
                f(
                    "RAD",
                    "Type of Sensor(s) Maintaining Track",
                    el(
                        2,
                        table(
                            0, "Combined Track",
                            1, "PSR Track",
                            2, "SSR/Mode S Track",
                            3, "Invalid"))),
                f(
                    "DOU",
                    "Signals Level of Confidence in Plot to Track Association Process",
                    el(
                        1,
                        table(
                            0, "Normal confidence",
                            1, "Low confidence in plot to track association"))),
                f(
                    "MAH",
                    "Manoeuvre Detection in Horizontal Sense",
                    el(
                        1,
                        table(
                            0, "No horizontal man.sensed",
                            1, "Horizontal man. sensed"))),
                f(
                    "CDM",
                    "Climbing / Descending Mode",
                    el(
                        2,
                        table(
                            0, "Maintaining",
                            1, "Climbing",
                            2, "Descending",
                            3, "Unknown")))),
            part(
                f(
                    "TRE",
                    "Signal for End_of_Track",
                    el(
                        1,
                        table(
                            0, "Track still alive",
                            1, "End of track lifetime(last report for this track)"))),
                f(
                    "GHO",
                    "Ghost Vs. True Target",
                    el(
                        1,
                        table(
                            0, "True target track",
                            1, "Ghost target track"))),
                f(
                    "SUP",
                    "Track Maintained with Track Information from Neighbouring Node B on the Cluster, or Network",
                    el(
                        1,
                        table(
                            0, "No",
                            1, "Yes"))),
                f(
                    "TCC",
                    "Type of Plot Coordinate Transformation Mechanism:",
                    el(
                        1,
                        table(
                            0,
                                "Tracking performed in so-called 'Radar Plane', i.e. neither slant range correction nor stereographical projection was applied",
                            1,
                                "Slant range correction and a suitable projection technique are used to track in a 2D.reference plane, tangential to the earth model at the Radar Site co-ordinates"))),
                spare(3)),
            part()));
  }

  private static AsterixItem i210() {
    return item(
        C,
        "210",
        "Track Quality",
        group(
            f(
                "SIGX",
                "Sigma (X)) Standard Deviation on the Horizontal Axis of the Local Grid System",
                el(8, uq(0.0078125, "NM"))),
            f(
                "SIGY",
                "Sigma (Y)) Standard Deviation on the Vertical Axis of the Local Grid System",
                el(8, uq(0.0078125, "NM"))),
            f(
                "SIGV",
                "Sigma (V)) Standard Deviation on the Groundspeed Within the Local Grid System",
                el(8, uq(6.103515625E-5, "NM/s"))),
            f(
                "SIGH",
                "Sigma (H)) Standard Deviation on the Heading Within the Local Grid System",
                el(8, uq(0.087890625, "\u00b0")))));
  }

  private static AsterixItem i030() {
    return item(
        C,
        "030",
        "Warning/Error Conditions and Target Classification",
        repetitiveFx(
            el(
                7,
                table(
                    0, "Not defined; never used",
                    1, "Multipath Reply (Reflection)",
                    2, "Reply due to sidelobe interrogation/reception",
                    3, "Split plot",
                    4, "Second time around reply",
                    5, "Angel",
                    6,
                        "Slow moving target correlated with road infrastructure (terrestrial vehicle)",
                    7, "Fixed PSR plot",
                    8, "Slow PSR target",
                    9, "Low quality PSR plot",
                    10, "Phantom SSR plot",
                    11, "Non-Matching Mode-3/A Code",
                    12, "Mode C code / Mode S altitude code abnormal value compared to the track",
                    13, "Target in Clutter Area",
                    14, "Maximum Doppler Response in Zero Filter",
                    15, "Transponder anomaly detected",
                    16, "Duplicated or Illegal Mode S Aircraft Address",
                    17, "Mode S error correction applied",
                    18, "Undecodable Mode C code / Mode S altitude code",
                    19, "Birds",
                    20, "Flock of Birds",
                    21, "Mode-1 was present in original reply",
                    22, "Mode-2 was present in original reply",
                    23, "Plot potentially caused by Wind Turbine",
                    24, "Helicopter",
                    25, "Maximum number of re-interrogations reached (surveillance information)",
                    26, "Maximum number of re-interrogations reached (BDS Extractions)",
                    27, "BDS Overlay Incoherence",
                    28, "Potential BDS Swap Detected",
                    29, "Track Update in the Zenithal Gap",
                    30, "Mode S Track re-acquired",
                    31, "Duplicated Mode 5 Pair NO/PIN detected",
                    32, "Wrong DF reply format detected",
                    33,
                        "Transponder anomaly (MS XPD replies with Mode A/C to Mode A/C-only all-call)",
                    34, "Transponder anomaly (SI capability report wrong)",
                    35, "Potential IC Conflict",
                    36, "IC Conflict detection possible-no conflict currently detected"))));
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

  private static AsterixItem i110() {
    return item(
        C,
        "110",
        "Height Measured by a 3D Radar",
        group(
            spare(2),
            f(
                "3DH",
                "3D Height, in Binary Notation. Negative Values Are Expressed in Two's Complement",
                el(14, sq(25.0, "ft")))));
  }

  private static AsterixItem i120() {
    return item(
        C,
        "120",
        "Radial Doppler Speed",
        compound(
            f(
                "CAL",
                "Calculated Doppler Speed",
                group(
                    f(
                        "D",
                        "",
                        el(
                            1,
                            table(
                                0, "Doppler speed is valid",
                                1, "Doppler speed is doubtful"))),
                    spare(5),
                    f(
                        "CAL",
                        "Calculated Doppler Speed, Coded in Two's Complement",
                        el(10, sq(1.0, "m/s"))))),
            f(
                "RDS",
                "Raw Doppler Speed",
                repetitive(
                    group(
                        f("DOP", "Doppler Speed", el(16, uq(1.0, "m/s"))),
                        f("AMB", "Ambiguity Range", el(16, uq(1.0, "m/s"))),
                        f("FRQ", "Transmitter Frequency", el(16, uq(1.0, "MHz"))))))));
  }

  private static AsterixItem i230() {
    return item(
        C,
        "230",
        "Communications/ACAS Capability and Flight Status",
        group(
            f(
                "COM",
                "Communications Capability of the Transponder",
                el(
                    3,
                    table(
                        0, "No communications capability (surveillance only)",
                        1, "Comm. A and Comm. B capability",
                        2, "Comm. A, Comm. B and Uplink ELM",
                        3, "Comm. A, Comm. B, Uplink ELM and Downlink ELM",
                        4, "Level 5 Transponder capability"))),
            f(
                "STAT",
                "Flight Status",
                el(
                    3,
                    table(
                        0, "No alert, no SPI, aircraft airborne",
                        1, "No alert, no SPI, aircraft on ground",
                        2, "Alert, no SPI, aircraft airborne",
                        3, "Alert, no SPI, aircraft on ground",
                        4, "Alert, SPI, aircraft airborne or on ground",
                        5, "No alert, SPI, aircraft airborne or on ground",
                        7, "Unknown"))),
            f(
                "SI",
                "SI/II Transponder Capability",
                el(
                    1,
                    table(
                        0, "SI-Code Capable",
                        1, "II-Code Capable"))),
            spare(1),
            f(
                "MSSC",
                "Mode-S Specific Service Capability",
                el(
                    1,
                    table(
                        0, "No",
                        1, "Yes"))),
            f(
                "ARC",
                "Altitude Reporting Capability",
                el(
                    1,
                    table(
                        0, "100 ft resolution",
                        1, "25 ft resolution"))),
            f(
                "AIC",
                "Aircraft Identification Capability",
                el(
                    1,
                    table(
                        0, "No",
                        1, "Yes"))),
            f("B1A", "BDS 1,0 Bit 16", el(1, raw())),
            f("B1B", "BDS 1,0 Bits 37/40", el(4, raw()))));
  }

  private static AsterixItem i260() {
    return item(C, "260", "ACAS Resolution Advisory Report", el(56, raw()));
  }

  private static AsterixItem i055() {
    return item(
        C,
        "055",
        "Mode-1 Code in Octal Representation",
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
                        0, "Mode-1 code as derived from the reply of the transponder",
                        1, "Smoothed Mode-1 code as provided by a local tracker"))),
            f("MODE1", "Mode-1 Code", el(5, raw()))));
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

  private static AsterixItem i065() {
    return item(
        C,
        "065",
        "Mode-1 Code Confidence Indicator",
        group(
            spare(3),
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
                        1, "Low quality pulse B1")))));
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

  private static AsterixItem iSP() {
    return item(C, "SP", "Special Purpose Field", explicit(ExplicitKind.SP));
  }

  private static AsterixItem iRE() {
    return item(C, "RE", "Reserved Expansion Field", explicit(ExplicitKind.RE));
  }
}
