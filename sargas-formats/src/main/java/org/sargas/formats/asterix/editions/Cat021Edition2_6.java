package org.sargas.formats.asterix.editions;

import static org.sargas.formats.asterix.spec.SpecDsl.bds;
import static org.sargas.formats.asterix.spec.SpecDsl.compound;
import static org.sargas.formats.asterix.spec.SpecDsl.depends;
import static org.sargas.formats.asterix.spec.SpecDsl.el;
import static org.sargas.formats.asterix.spec.SpecDsl.explicit;
import static org.sargas.formats.asterix.spec.SpecDsl.extended;
import static org.sargas.formats.asterix.spec.SpecDsl.f;
import static org.sargas.formats.asterix.spec.SpecDsl.group;
import static org.sargas.formats.asterix.spec.SpecDsl.item;
import static org.sargas.formats.asterix.spec.SpecDsl.part;
import static org.sargas.formats.asterix.spec.SpecDsl.raw;
import static org.sargas.formats.asterix.spec.SpecDsl.repetitive;
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
 * ASTERIX Category 021 "ADS-B Target Reports", edition 2.6.
 *
 * <p>GENERATED from {@code cat021_cat-2.6.ast} of zoranbosnjak/asterix-specs (BSD-3-Clause) by
 * {@code EditionSourceWriter}; do not edit. {@code EditionTablesMatchSpecsTest} checks it against
 * the specification.
 */
public final class Cat021Edition2_6 {
  private static final int C = 21;

  /** The category definition with its UAP. */
  public static final AsterixCategory CATEGORY =
      new AsterixCategory(
          C,
          "2.6",
          "ADS-B Target Reports",
          Arrays.asList(
              i010(), i040(), i161(), i015(), i071(), i130(), i131(), i072(), i150(), i151(),
              i080(), i073(), i074(), i075(), i076(), i140(), i090(), i210(), i070(), i230(),
              i145(), i152(), i200(), i155(), i157(), i160(), i165(), i077(), i170(), i020(),
              i220(), i146(), i148(), i110(), i016(), i008(), i271(), i132(), i250(), i260(),
              i400(), i295(), null, null, null, null, null, iRE(), iSP()));

  private Cat021Edition2_6() {}

  private static AsterixItem i010() {
    return item(
        C,
        "010",
        "Data Source Identification",
        group(
            f("SAC", "System Area Code", el(8, raw())),
            f("SIC", "System Identification Code", el(8, raw()))));
  }

  private static AsterixItem i040() {
    return item(
        C,
        "040",
        "Target Report Descriptor",
        extended(
            part(
                f(
                    "ATP",
                    "Address Type",
                    el(
                        3,
                        table(
                            0, "24-Bit ICAO address",
                            1, "Duplicate address",
                            2, "Surface vehicle address",
                            3, "Anonymous address",
                            4, "Reserved for future use",
                            5, "Reserved for future use",
                            6, "Reserved for future use",
                            7, "Reserved for future use"))),
                f(
                    "ARC",
                    "Altitude Reporting Capability",
                    el(
                        2,
                        table(
                            0, "25 ft",
                            1, "100 ft",
                            2, "Unknown",
                            3, "Invalid"))),
                f(
                    "RC",
                    "Range Check",
                    el(
                        1,
                        table(
                            0, "Default",
                            1, "Range Check passed, CPR Validation pending"))),
                f(
                    "RAB",
                    "Report Type",
                    el(
                        1,
                        table(
                            0, "Report from target transponder",
                            1, "Report from field monitor (fixed transponder)")))),
            part(
                f(
                    "DCR",
                    "Differential Correction",
                    el(
                        1,
                        table(
                            0, "No differential correction (ADS-B)",
                            1, "Differential correction (ADS-B)"))),
                f(
                    "GBS",
                    "Ground Bit Setting",
                    el(
                        1,
                        table(
                            0, "Ground Bit not set",
                            1, "Ground Bit set"))),
                f(
                    "SIM",
                    "Simulated Target",
                    el(
                        1,
                        table(
                            0, "Actual target report",
                            1, "Simulated target report"))),
                f(
                    "TST",
                    "Test Target",
                    el(
                        1,
                        table(
                            0, "Default",
                            1, "Test Target"))),
                f(
                    "SAA",
                    "Selected Altitude Available",
                    el(
                        1,
                        table(
                            0, "Equipment capable to provide Selected Altitude",
                            1, "Equipment not capable to provide Selected Altitude"))),
                f(
                    "CL",
                    "Confidence Level",
                    el(
                        2,
                        table(
                            0, "Report valid",
                            1, "Report suspect",
                            2, "No information",
                            3, "Reserved for future use")))),
            part(
                spare(1),
                f(
                    "LLC",
                    "List Lookup Check",
                    el(
                        1,
                        table(
                            0, "Default",
                            1, "List Lookup failed (see note)"))),
                f(
                    "IPC",
                    "Independent Position Check",
                    el(
                        1,
                        table(
                            0, "Default (see note)",
                            1, "Independent Position Check failed"))),
                f(
                    "NOGO",
                    "No-go Bit Status",
                    el(
                        1,
                        table(
                            0, "NOGO-bit not set",
                            1, "NOGO-bit set"))),
                f(
                    "CPR",
                    "Compact Position Reporting",
                    el(
                        1,
                        table(
                            0, "CPR Validation correct",
                            1, "CPR Validation failed"))),
                f(
                    "LDPJ",
                    "Local Decoding Position Jump",
                    el(
                        1,
                        table(
                            0, "LDPJ not detected",
                            1, "LDPJ detected"))),
                f(
                    "RCF",
                    "Range Check",
                    el(
                        1,
                        table(
                            0, "Default",
                            1, "Range Check failed")))),
            part(
                f(
                    "TBC",
                    "Total Bits Corrected",
                    group(
                        f(
                            "EP",
                            "Element Populated Bit",
                            el(
                                1,
                                table(
                                    0, "Element not populated",
                                    1, "Element populated"))),
                        f("VAL", "Value", el(6, ui()))))),
            part(
                f(
                    "MBC",
                    "Maximum Bits Corrected",
                    group(
                        f(
                            "EP",
                            "Element Populated Bit",
                            el(
                                1,
                                table(
                                    0, "Element not populated",
                                    1, "Element populated"))),
                        f("VAL", "Value", el(6, ui()))))),
            part()));
  }

  private static AsterixItem i161() {
    return item(
        C, "161", "Track Number", group(spare(4), f("TRNUM", "Track Number", el(12, raw()))));
  }

  private static AsterixItem i015() {
    return item(C, "015", "Service Identification", el(8, raw()));
  }

  private static AsterixItem i071() {
    return item(C, "071", "Time of Applicability for Position", el(24, uq(0.0078125, "s")));
  }

  private static AsterixItem i130() {
    return item(
        C,
        "130",
        "Position in WGS-84 Co-ordinates",
        group(
            f("LAT", "Latitude", el(24, sq(2.1457672119140625E-5, "\u00b0"))),
            f("LON", "Longitude", el(24, sq(2.1457672119140625E-5, "\u00b0")))));
  }

  private static AsterixItem i131() {
    return item(
        C,
        "131",
        "High-Resolution Position in WGS-84 Co-ordinates",
        group(
            f("LAT", "Latitude", el(32, sq(1.6763806343078613E-7, "\u00b0"))),
            f("LON", "Longitude", el(32, sq(1.6763806343078613E-7, "\u00b0")))));
  }

  private static AsterixItem i072() {
    return item(C, "072", "Time of Applicability for Velocity", el(24, uq(0.0078125, "s")));
  }

  private static AsterixItem i150() {
    return item(
        C,
        "150",
        "Air Speed",
        group(
            f(
                "IM",
                "",
                el(
                    1,
                    table(
                        0, "Air Speed = IAS, LSB (Bit-1) = 2 -14 NM/s",
                        1, "Air Speed = Mach, LSB (Bit-1) = 0.001"))),
            f(
                "AS",
                "Air Speed (IAS or Mach)",
                el(
                    15,
                    depends(
                        "150/IM", raw(), 0, uq(6.103515625E-5, "NM/s"), 1, uq(0.001, "Mach"))))));
  }

  private static AsterixItem i151() {
    return item(
        C,
        "151",
        "True Airspeed",
        group(
            f(
                "RE",
                "Range Exceeded Indicator",
                el(
                    1,
                    table(
                        0, "Value in defined range",
                        1, "Value exceeds defined range"))),
            f("TAS", "True Air Speed", el(15, uq(1.0, "kt")))));
  }

  private static AsterixItem i080() {
    return item(C, "080", "Target Address", el(24, raw()));
  }

  private static AsterixItem i073() {
    return item(C, "073", "Time of Message Reception for Position", el(24, uq(0.0078125, "s")));
  }

  private static AsterixItem i074() {
    return item(
        C,
        "074",
        "Time of Message Reception of Position-High Precision",
        group(
            f(
                "FSI",
                "Full Second Indication",
                el(
                    2,
                    table(
                        0, "TOMRp whole seconds = (I021/073) Whole seconds",
                        1, "TOMRp whole seconds = (I021/073) Whole seconds + 1",
                        2, "TOMRp whole seconds = (I021/073) Whole seconds - 1",
                        3, "Reserved"))),
            f(
                "TOMRP",
                "Fractional Part of the Time of Message Reception for Position in the Ground Station",
                el(30, uq(9.313225746154785E-10, "s")))));
  }

  private static AsterixItem i075() {
    return item(C, "075", "Time of Message Reception for Velocity", el(24, uq(0.0078125, "s")));
  }

  private static AsterixItem i076() {
    return item(
        C,
        "076",
        "Time of Message Reception of Velocity-High Precision",
        group(
            f(
                "FSI",
                "Full Second Indication",
                el(
                    2,
                    table(
                        0, "TOMRp whole seconds = (I021/075) Whole seconds",
                        1, "TOMRp whole seconds = (I021/075) Whole seconds + 1",
                        2, "TOMRp whole seconds = (I021/075) Whole seconds - 1",
                        3, "Reserved"))),
            f(
                "TOMRP",
                "Fractional Part of the Time of Message Reception for Position in the Ground Station",
                el(30, uq(9.313225746154785E-10, "s")))));
  }

  private static AsterixItem i140() {
    return item(C, "140", "Geometric Height", el(16, sq(6.25, "ft")));
  }

  private static AsterixItem i090() {
    return item(
        C,
        "090",
        "Quality Indicators",
        extended(
            part(
                f(
                    "NUCRNACV",
                    "Navigation Uncertainty Category for Velocity NUCr or the Navigation Accuracy Category for Velocity NACv",
                    el(3, raw())),
                f(
                    "NUCPNIC",
                    "Navigation Uncertainty Category for Position NUCp or Navigation Integrity Category NIC",
                    el(4, raw()))),
            part(
                f("NICBARO", "Navigation Integrity Category for Barometric Altitude", el(1, raw())),
                f(
                    "SIL",
                    "Surveillance (version 1) or Source (version 2) Integrity Level",
                    el(2, raw())),
                f("NACP", "Navigation Accuracy Category for Position", el(4, raw()))),
            part(
                spare(2),
                f(
                    "SILS",
                    "SIL-Supplement",
                    el(
                        1,
                        table(
                            0, "Measured per flight-hour",
                            1, "Measured per sample"))),
                f(
                    "SDA",
                    "Horizontal Position System Design Assurance Level (as Defined in Version 2)",
                    el(2, raw())),
                f("GVA", "Geometric Altitude Accuracy", el(2, raw()))),
            part(f("PIC", "Position Integrity Category", el(4, raw())), spare(3)),
            part()));
  }

  private static AsterixItem i210() {
    return item(
        C,
        "210",
        "MOPS Version",
        group(
            spare(1),
            f(
                "VNS",
                "Version Not Supported",
                el(
                    1,
                    table(
                        0, "The MOPS Version is supported by the GS",
                        1, "The MOPS Version is not supported by the GS"))),
            f(
                "VN",
                "Version Number",
                el(
                    3,
                    table(
                        0, "ED102/DO-260 [Ref. 7]",
                        1, "DO-260A [Ref. 8]",
                        2, "ED102A/DO-260B [Ref. 10]",
                        3, "ED-102B/DO-260C [Ref. 11]"))),
            f(
                "LTT",
                "Link Technology Type",
                el(
                    3,
                    table(
                        0, "Other",
                        1, "UAT",
                        2, "1090 ES",
                        3, "VDL 4",
                        4, "Not assigned",
                        5, "Not assigned",
                        6, "Not assigned",
                        7, "Not assigned")))));
  }

  private static AsterixItem i070() {
    return item(
        C,
        "070",
        "Mode 3/A Code in Octal Representation",
        group(
            spare(4),
            f("MODE3A", "Mode-3/A Reply in Octal Representation", el(12, text(TextKind.OCTAL)))));
  }

  private static AsterixItem i230() {
    return item(C, "230", "Roll Angle", el(16, sq(0.01, "\u00b0")));
  }

  private static AsterixItem i145() {
    return item(C, "145", "Flight Level", el(16, sq(0.25, "FL")));
  }

  private static AsterixItem i152() {
    return item(C, "152", "Magnetic Heading", el(16, uq(0.0054931640625, "\u00b0")));
  }

  private static AsterixItem i200() {
    return item(
        C,
        "200",
        "Target Status",
        group(
            f(
                "ICF",
                "Intent Change Flag (see Note)",
                el(
                    1,
                    table(
                        0, "No intent change active",
                        1, "Intent change flag raised"))),
            f(
                "LNAV",
                "LNAV Mode",
                el(
                    1,
                    table(
                        0, "LNAV Mode engaged",
                        1, "LNAV Mode not engaged"))),
            f(
                "ME",
                "Military Emergency",
                el(
                    1,
                    table(
                        0, "No military emergency",
                        1, "Military emergency"))),
            f(
                "PS",
                "Priority Status",
                el(
                    3,
                    table(
                        0, "No emergency / not reported",
                        1, "General emergency",
                        2, "Lifeguard / medical emergency",
                        3, "Minimum fuel",
                        4, "No communications",
                        5, "Unlawful interference",
                        6, "DOWNED Aircraft"))),
            f(
                "SS",
                "Surveillance Status",
                el(
                    2,
                    table(
                        0, "No condition reported",
                        1, "Permanent Alert (Emergency condition)",
                        2, "Temporary Alert (change in Mode 3/A Code other than emergency)",
                        3, "SPI set")))));
  }

  private static AsterixItem i155() {
    return item(
        C,
        "155",
        "Barometric Vertical Rate",
        group(
            f(
                "RE",
                "Range Exceeded Indicator",
                el(
                    1,
                    table(
                        0, "Value in defined range",
                        1, "Value exceeds defined range"))),
            f("BVR", "Barometric Vertical Rate", el(15, sq(6.25, "ft/min")))));
  }

  private static AsterixItem i157() {
    return item(
        C,
        "157",
        "Geometric Vertical Rate",
        group(
            f(
                "RE",
                "Range Exceeded Indicator",
                el(
                    1,
                    table(
                        0, "Value in defined range",
                        1, "Value exceeds defined range"))),
            f("GVR", "Geometric Vertical Rate", el(15, sq(6.25, "ft/min")))));
  }

  private static AsterixItem i160() {
    return item(
        C,
        "160",
        "Airborne Ground Vector",
        group(
            f(
                "RE",
                "Range Exceeded Indicator",
                el(
                    1,
                    table(
                        0, "Value in defined range",
                        1, "Value exceeds defined range"))),
            f("GS", "Ground Speed Referenced to WGS-84", el(15, uq(6.103515625E-5, "NM/s"))),
            f(
                "TA",
                "Track Angle Clockwise Reference to True North",
                el(16, uq(0.0054931640625, "\u00b0")))));
  }

  private static AsterixItem i165() {
    return item(
        C,
        "165",
        "Track Angle Rate",
        group(spare(6), f("TAR", "Track Angle Rate", el(10, sq(0.03125, "\u00b0/s")))));
  }

  private static AsterixItem i077() {
    return item(C, "077", "Time of ASTERIX Report Transmission", el(24, uq(0.0078125, "s")));
  }

  private static AsterixItem i170() {
    return item(C, "170", "Target Identification", el(48, text(TextKind.ICAO)));
  }

  private static AsterixItem i020() {
    return item(
        C,
        "020",
        "Emitter Category",
        el(
            8,
            table(
                0, "No ADS-B Emitter Category Information",
                1, "Light aircraft <= 15500 lbs",
                2, "15500 lbs < small aircraft <75000 lbs",
                3, "75000 lbs < medium a/c < 300000 lbs",
                4, "High Vortex Large",
                5, "300000 lbs <= heavy aircraft",
                6,
                    "Highly manoeuvrable (5g acceleration capability) and high speed (>400 knots cruise)",
                7, "Reserved",
                8, "Reserved",
                9, "Reserved",
                10, "Rotocraft",
                11, "Glider / sailplane",
                12, "Lighter-than-air",
                13, "Unmanned aerial vehicle",
                14, "Space / transatmospheric vehicle",
                15, "Ultralight / handglider / paraglider",
                16, "Parachutist / skydiver",
                17, "Reserved",
                18, "Reserved",
                19, "Reserved",
                20, "Surface emergency vehicle",
                21, "Surface service vehicle",
                22, "Fixed ground or tethered obstruction",
                23, "Cluster obstacle",
                24, "Line obstacle")));
  }

  private static AsterixItem i220() {
    return item(
        C,
        "220",
        "Met Information",
        compound(
            f("WS", "Wind Speed", el(16, uq(1.0, "kt"))),
            f("WD", "Wind Direction", el(16, uq(1.0, "\u00b0"))),
            f("TMP", "Temperature", el(16, sq(0.25, "\u00b0C"))),
            f("TRB", "Turbulence", el(8, ui()))));
  }

  private static AsterixItem i146() {
    return item(
        C,
        "146",
        "Selected Altitude",
        group(
            f(
                "SAS",
                "Source Availability",
                el(
                    1,
                    table(
                        0, "No source information provided",
                        1, "Source Information provided"))),
            f(
                "S",
                "Source",
                el(
                    2,
                    table(
                        0, "Unknown",
                        1, "Aircraft Altitude (Holding Altitude)",
                        2, "MCP/FCU Selected Altitude",
                        3, "FMS Selected Altitude"))),
            f("ALT", "Altitude", el(13, sq(25.0, "ft")))));
  }

  private static AsterixItem i148() {
    return item(
        C,
        "148",
        "Final State Selected Altitude",
        group(
            f(
                "MV",
                "Manage Vertical Mode",
                el(
                    1,
                    table(
                        0, "Not active or unknown",
                        1, "Active"))),
            f(
                "AH",
                "Altitude Hold Mode",
                el(
                    1,
                    table(
                        0, "Not active or unknown",
                        1, "Active"))),
            f(
                "AM",
                "Approach Mode",
                el(
                    1,
                    table(
                        0, "Not active or unknown",
                        1, "Active"))),
            f("ALT", "Altitude", el(13, sq(25.0, "ft")))));
  }

  private static AsterixItem i110() {
    return item(
        C,
        "110",
        "Trajectory Intent",
        compound(
            f(
                "TIS",
                "Trajectory Intent Status",
                extended(
                    part(
                        f(
                            "NAV",
                            "",
                            el(
                                1,
                                table(
                                    0, "Trajectory Intent Data is available for this aircraft",
                                    1,
                                        "Trajectory Intent Data is not available for this aircraft"))),
                        f(
                            "NVB",
                            "",
                            el(
                                1,
                                table(
                                    0, "Trajectory Intent Data is valid",
                                    1, "Trajectory Intent Data is not valid"))),
                        spare(5)),
                    part())),
            f(
                "TID",
                "Trajectory Intent Data",
                repetitive(
                    group(
                        f(
                            "TCA",
                            "",
                            el(
                                1,
                                table(
                                    0, "TCP number available",
                                    1, "TCP number not available"))),
                        f(
                            "NC",
                            "",
                            el(
                                1,
                                table(
                                    0, "TCP compliance",
                                    1, "TCP non-compliance"))),
                        f("TCPN", "", el(6, raw())),
                        f("ALT", "Altitude in Two's Complement Form", el(16, sq(10.0, "ft"))),
                        f(
                            "LAT",
                            "In WGS.84 in Two's Complement",
                            el(24, sq(2.1457672119140625E-5, "\u00b0"))),
                        f(
                            "LON",
                            "In WGS.84 in Two's Complement",
                            el(24, sq(2.1457672119140625E-5, "\u00b0"))),
                        f(
                            "PT",
                            "Point Type",
                            el(
                                4,
                                table(
                                    0, "Unknown",
                                    1, "Fly by waypoint (LT)",
                                    2, "Fly over waypoint (LT)",
                                    3, "Hold pattern (LT)",
                                    4, "Procedure hold (LT)",
                                    5, "Procedure turn (LT)",
                                    6, "RF leg (LT)",
                                    7, "Top of climb (VT)",
                                    8, "Top of descent (VT)",
                                    9, "Start of level (VT)",
                                    10, "Cross-over altitude (VT)",
                                    11, "Transition altitude (VT)"))),
                        f(
                            "TD",
                            "",
                            el(
                                2,
                                table(
                                    0, "N/A",
                                    1, "Turn right",
                                    2, "Turn left",
                                    3, "No turn"))),
                        f(
                            "TRA",
                            "",
                            el(
                                1,
                                table(
                                    0, "TTR not available",
                                    1, "TTR available"))),
                        f(
                            "TOA",
                            "",
                            el(
                                1,
                                table(
                                    0, "TOV available",
                                    1, "TOV not available"))),
                        f("TOV", "Time Over Point", el(24, uq(1.0, "s"))),
                        f("TTR", "TCP Turn Radius", el(16, uq(0.01, "NM"))))))));
  }

  private static AsterixItem i016() {
    return item(C, "016", "Service Management", el(8, uq(0.5, "s")));
  }

  private static AsterixItem i008() {
    return item(
        C,
        "008",
        "Aircraft Operational Status",
        group(
            f(
                "RA",
                "TCAS Resolution Advisory Active",
                el(
                    1,
                    table(
                        0, "TCAS II or ACAS RA not active",
                        1, "TCAS RA active"))),
            f(
                "TC",
                "Target Trajectory Change Report Capability",
                el(
                    2,
                    table(
                        0, "No capability for Trajectory Change Reports",
                        1, "Support for TC+0 reports only",
                        2, "Support for multiple TC reports",
                        3, "Reserved"))),
            f(
                "TS",
                "Target State Report Capability",
                el(
                    1,
                    table(
                        0, "No capability to support Target State Reports",
                        1, "Capable of supporting target State Reports"))),
            f(
                "ARV",
                "Air-Referenced Velocity Report Capability",
                el(
                    1,
                    table(
                        0, "No capability to generate ARV-reports",
                        1, "Capable of generate ARV-reports"))),
            f(
                "CDTIA",
                "Cockpit Display of Traffic Information Airborne",
                el(
                    1,
                    table(
                        0, "CDTI not operational",
                        1, "CDTI operational"))),
            f(
                "NOTTCAS",
                "TCAS System Status",
                el(
                    1,
                    table(
                        0, "TCAS operational",
                        1, "TCAS not operational"))),
            f(
                "SA",
                "Single Antenna",
                el(
                    1,
                    table(
                        0, "Antenna Diversity",
                        1, "Single Antenna only")))));
  }

  private static AsterixItem i271() {
    return item(
        C,
        "271",
        "Surface Capabilities and Characteristics",
        extended(
            part(
                spare(2),
                f(
                    "POA",
                    "Position Offset Applied",
                    el(
                        1,
                        table(
                            0, "Position transmitted is not ADS-B position reference point",
                            1, "Position transmitted is the ADS-B position reference point"))),
                f(
                    "CDTIS",
                    "Cockpit Display of Traffic Information Surface",
                    el(
                        1,
                        table(
                            0, "CDTI not operational",
                            1, "CDTI operational"))),
                f(
                    "B2LOW",
                    "Class B2 Transmit Power Less Than 70 Watts",
                    el(
                        1,
                        table(
                            0, ">= 70 Watts",
                            1, "< 70 Watts"))),
                f(
                    "RAS",
                    "Receiving ATC Services",
                    el(
                        1,
                        table(
                            0, "Aircraft not receiving ATC-services",
                            1, "Aircraft receiving ATC services"))),
                f(
                    "IDENT",
                    "Setting of IDENT Switch",
                    el(
                        1,
                        table(
                            0, "IDENT switch not active",
                            1, "IDENT switch active")))),
            part(f("LW", "Length and Width of the Aircraft", el(4, raw())), spare(3)),
            part()));
  }

  private static AsterixItem i132() {
    return item(C, "132", "Message Amplitude", el(8, sq(1.0, "dBm")));
  }

  private static AsterixItem i250() {
    return item(C, "250", "Mode S MB Data", repetitive(el(64, bds())));
  }

  private static AsterixItem i260() {
    return item(
        C,
        "260",
        "ACAS Resolution Advisory Report",
        group(
            f("TYP", "Message Type (= 28 for 1090 ES, Version 2)", el(5, raw())),
            f("STYP", "Message Sub-type (= 2 for 1090 ES, Version 2)", el(3, raw())),
            f("ARA", "Active Resolution Advisories", el(14, raw())),
            f("RAC", "RAC (RA Complement) Record", el(4, raw())),
            f("RAT", "RA Terminated", el(1, raw())),
            f("MTE", "Multiple Threat Encounter", el(1, raw())),
            f("TTI", "Threat Type Indicator", el(2, raw())),
            f("TID", "Threat Identity Data", el(26, raw()))));
  }

  private static AsterixItem i400() {
    return item(C, "400", "Receiver ID", el(8, raw()));
  }

  private static AsterixItem i295() {
    return item(
        C,
        "295",
        "Data Ages",
        compound(
            f("AOS", "Aircraft Operational Status Age", el(8, uq(0.1, "s"))),
            f("TRD", "Target Report Descriptor Age", el(8, uq(0.1, "s"))),
            f("M3A", "Mode 3/A Age", el(8, uq(0.1, "s"))),
            f("QI", "Quality Indicators Age", el(8, uq(0.1, "s"))),
            f("TI1", "Trajectory Intent Age", el(8, uq(0.1, "s"))),
            f("MAM", "Message Amplitude Age", el(8, uq(0.1, "s"))),
            f("GH", "Geometric Height Age", el(8, uq(0.1, "s"))),
            f("FL", "Flight Level Age", el(8, uq(0.1, "s"))),
            f("SAL", "Selected Altitude Age", el(8, uq(0.1, "s"))),
            f("FSA", "Final State Selected Altitude Age", el(8, uq(0.1, "s"))),
            f("AS", "Air Speed Age", el(8, uq(0.1, "s"))),
            f("TAS", "True Air Speed Age", el(8, uq(0.1, "s"))),
            f("MH", "Magnetic Heading Age", el(8, uq(0.1, "s"))),
            f("BVR", "Barometric Vertical Rate Age", el(8, uq(0.1, "s"))),
            f("GVR", "Geometric Vertical Rate Age", el(8, uq(0.1, "s"))),
            f("GV", "Ground Vector Age", el(8, uq(0.1, "s"))),
            f("TAR", "Track Angle Rate Age", el(8, uq(0.1, "s"))),
            f("TI2", "Target Identification Age", el(8, uq(0.1, "s"))),
            f("TS", "Target Status Age", el(8, uq(0.1, "s"))),
            f("MET", "Met Information Age", el(8, uq(0.1, "s"))),
            f("ROA", "Roll Angle Age", el(8, uq(0.1, "s"))),
            f("ARA", "ACAS Resolution Advisory Age", el(8, uq(0.1, "s"))),
            f("SCC", "Surface Capabilities and Characteristics Age", el(8, uq(0.1, "s")))));
  }

  private static AsterixItem iRE() {
    return item(C, "RE", "Reserved Expansion Field", explicit(ExplicitKind.RE));
  }

  private static AsterixItem iSP() {
    return item(C, "SP", "Special Purpose Field", explicit(ExplicitKind.SP));
  }
}
