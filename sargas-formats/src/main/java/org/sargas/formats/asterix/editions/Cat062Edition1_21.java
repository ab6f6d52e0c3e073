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
 * ASTERIX Category 062 "SDPS Track Messages", edition 1.21.
 *
 * <p>GENERATED from {@code cat062_cat-1.21.ast} of zoranbosnjak/asterix-specs (BSD-3-Clause) by
 * {@code EditionSourceWriter}; do not edit. {@code EditionTablesMatchSpecsTest} checks it against
 * the specification.
 */
public final class Cat062Edition1_21 {
  private static final int C = 62;

  /** The category definition with its UAP. */
  public static final AsterixCategory CATEGORY =
      new AsterixCategory(
          C,
          "1.21",
          "SDPS Track Messages",
          Arrays.asList(
              i010(), null, i015(), i070(), i105(), i100(), i185(), i210(), i060(), i245(), i380(),
              i040(), i080(), i290(), i200(), i295(), i136(), i130(), i135(), i220(), i390(),
              i270(), i300(), i110(), i120(), i510(), i500(), i340(), null, null, null, null, null,
              iRE(), iSP()));

  private Cat062Edition1_21() {}

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

  private static AsterixItem i070() {
    return item(C, "070", "Time Of Track Information", el(24, uq(0.0078125, "s")));
  }

  private static AsterixItem i105() {
    return item(
        C,
        "105",
        "Calculated Position In WGS-84 Co-ordinates",
        group(
            f("LAT", "Latitude", el(32, sq(5.364418029785156E-6, "\u00b0"))),
            f("LON", "Longitude", el(32, sq(5.364418029785156E-6, "\u00b0")))));
  }

  private static AsterixItem i100() {
    return item(
        C,
        "100",
        "Calculated Track Position (Cartesian)",
        group(
            f("X", "X Coordinate", el(24, sq(0.5, "m"))),
            f("Y", "Y Coordinate", el(24, sq(0.5, "m")))));
  }

  private static AsterixItem i185() {
    return item(
        C,
        "185",
        "Calculated Track Velocity (Cartesian)",
        group(
            f("VX", "Velocity (X-component)", el(16, sq(0.25, "m/s"))),
            f("VY", "Velocity (Y-component)", el(16, sq(0.25, "m/s")))));
  }

  private static AsterixItem i210() {
    return item(
        C,
        "210",
        "Calculated Acceleration (Cartesian)",
        group(
            f("AX", "", el(8, sq(0.25, "m/s\u00b2"))), f("AY", "", el(8, sq(0.25, "m/s\u00b2")))));
  }

  private static AsterixItem i060() {
    return item(
        C,
        "060",
        "Track Mode 3/A Code",
        group(
            f(
                "V",
                "Validated",
                el(
                    1,
                    table(
                        0, "Code validated",
                        1, "Code not validated"))),
            f(
                "G",
                "Garbled",
                el(
                    1,
                    table(
                        0, "Default",
                        1, "Garbled code"))),
            f(
                "CH",
                "Change in Mode 3/A",
                el(
                    1,
                    table(
                        0, "No change",
                        1, "Mode 3/A has changed"))),
            spare(1),
            f("MODE3A", "Mode-3/A Reply in Octal Representation", el(12, text(TextKind.OCTAL)))));
  }

  private static AsterixItem i245() {
    return item(
        C,
        "245",
        "Target Identification",
        group(
            f(
                "STI",
                "",
                el(
                    2,
                    table(
                        0, "Callsign or registration downlinked from target",
                        1, "Callsign not downlinked from target",
                        2, "Registration not downlinked from target",
                        3, "Invalid"))),
            spare(6),
            f(
                "CHR",
                "Characters 1-8 (Coded on 6 Bits Each) Defining Target Identification",
                el(48, text(TextKind.ICAO)))));
  }

  private static AsterixItem i380() {
    return item(
        C,
        "380",
        "Aircraft Derived Data",
        compound(
            f("ADR", "Target Address", el(24, raw())),
            f("ID", "Target Identification", el(48, text(TextKind.ICAO))),
            f("MHG", "Magnetic Heading", el(16, uq(0.0054931640625, "\u00b0"))),
            f(
                "IAS",
                "Indicated Airspeed/Mach No",
                group(
                    f(
                        "IM",
                        "",
                        el(
                            1,
                            table(
                                0, "Air Speed = IAS, LSB (Bit-1) = 2^-14 NM/s",
                                1, "Air Speed = Mach, LSB (Bit-1) = 0.001"))),
                    f(
                        "IAS",
                        "",
                        el(
                            15,
                            depends(
                                "380/IAS/IM",
                                raw(),
                                0,
                                uq(6.103515625E-5, "NM/s"),
                                1,
                                uq(0.001, "Mach")))))),
            f("TAS", "True Airspeed", el(16, uq(1.0, "kt"))),
            f(
                "SAL",
                "Selected Altitude",
                group(
                    f(
                        "SAS",
                        "",
                        el(
                            1,
                            table(
                                0, "No source information provided",
                                1, "Source information provided"))),
                    f(
                        "SRC",
                        "",
                        el(
                            2,
                            table(
                                0, "Unknown",
                                1, "Aircraft altitude",
                                2, "FCU/MCP selected altitude",
                                3, "FMS selected altitude"))),
                    f("ALT", "Altitude in Two's Complement Form", el(13, sq(25.0, "ft"))))),
            f(
                "FSS",
                "Final State Selected Altitude",
                group(
                    f(
                        "MV",
                        "Manage Vertical Mode",
                        el(
                            1,
                            table(
                                0, "Not active",
                                1, "Active"))),
                    f(
                        "AH",
                        "Altitude Hold",
                        el(
                            1,
                            table(
                                0, "Not active",
                                1, "Active"))),
                    f(
                        "AM",
                        "Approach Mode",
                        el(
                            1,
                            table(
                                0, "Not active",
                                1, "Active"))),
                    f("ALT", "Altitude in Two's Complement Form", el(13, sq(25.0, "ft"))))),
            f(
                "TIS",
                "Trajectory Intent Status",
                extended(
                    part(
                        f(
                            "NAV",
                            "TID Available",
                            el(
                                1,
                                table(
                                    0, "Trajectory intent data is available for this aircraft",
                                    1,
                                        "Trajectory intent data is not available for this aircraft"))),
                        f(
                            "NVB",
                            "TID Valid",
                            el(
                                1,
                                table(
                                    0, "Trajectory intent data is valid",
                                    1, "Trajectory intent data is not valid"))),
                        spare(5)),
                    part())),
            f(
                "TID",
                "Trajectory Intent Data",
                repetitive(
                    group(
                        f(
                            "TCA",
                            "TCP Number Availability",
                            el(
                                1,
                                table(
                                    0, "TCP number available",
                                    1, "TCP number not available"))),
                        f(
                            "NC",
                            "TCP Compliance",
                            el(
                                1,
                                table(
                                    0, "TCP compliance",
                                    1, "TCP non-compliance"))),
                        f("TCPN", "Trajectory Change Point Number", el(6, raw())),
                        f("ALT", "Altitude in Two's Complement Form", el(16, sq(10.0, "ft"))),
                        f(
                            "LAT",
                            "Latitude in WGS.84 in Two's Complement",
                            el(24, sq(2.1457672119140625E-5, "\u00b0"))),
                        f(
                            "LON",
                            "Longitude in WGS.84 in Two's Complement",
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
                            "Turn Direction",
                            el(
                                2,
                                table(
                                    0, "N/A",
                                    1, "Turn right",
                                    2, "Turn left",
                                    3, "No turn"))),
                        f(
                            "TRA",
                            "Turn Radius Availability",
                            el(
                                1,
                                table(
                                    0, "TTR not available",
                                    1, "TTR available"))),
                        f(
                            "TOA",
                            "TOV Available",
                            el(
                                1,
                                table(
                                    0, "TOV available",
                                    1, "TOV not available"))),
                        f("TOV", "Time Over Point", el(24, uq(1.0, "s"))),
                        f("TTR", "TCP Turn Radius", el(16, uq(0.01, "NM")))))),
            f(
                "COM",
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
                                4, "Level 5 Transponder capability",
                                5, "Not assigned",
                                6, "Not assigned",
                                7, "Not assigned"))),
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
                                6, "Not defined",
                                7, "Unknown or not yet extracted"))),
                    spare(2),
                    f(
                        "SSC",
                        "Specific Service Capability",
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
                    f("B1B", "BDS BDS 1,0 Bits 37/40", el(4, raw())))),
            f(
                "SAB",
                "Status Reported by ADS-B",
                group(
                    f(
                        "AC",
                        "ACAS Status",
                        el(
                            2,
                            table(
                                0, "Unknown",
                                1, "ACAS not operational",
                                2, "ACAS operational",
                                3, "Invalid"))),
                    f(
                        "MN",
                        "Multiple Navigational Aids Status",
                        el(
                            2,
                            table(
                                0, "Unknown",
                                1, "Multiple navigational aids not operating",
                                2, "Multiple navigational aids operating",
                                3, "Invalid"))),
                    f(
                        "DC",
                        "Differential Correction Status",
                        el(
                            2,
                            table(
                                0, "Unknown",
                                1, "Differential correction",
                                2, "No differential correction",
                                3, "Invalid"))),
                    f(
                        "GBS",
                        "Ground Bit Set",
                        el(
                            1,
                            table(
                                0, "Transponder ground bit not set or unknown",
                                1, "Transponder Ground Bit set"))),
                    spare(6),
                    f(
                        "STAT",
                        "Flight Status",
                        el(
                            3,
                            table(
                                0, "No emergency",
                                1, "General emergency",
                                2, "Lifeguard / medical",
                                3, "Minimum fuel",
                                4, "No communications",
                                5, "Unlawful interference",
                                6, "Downed Aircraft",
                                7, "Unknown"))))),
            f("ACS", "ACAS Resolution Advisory Report", el(56, bds())),
            f("BVR", "Barometric Vertical Rate", el(16, sq(6.25, "ft/min"))),
            f("GVR", "Geometric Vertical Rate", el(16, sq(6.25, "ft/min"))),
            f("RAN", "Roll Angle", el(16, sq(0.01, "\u00b0"))),
            f(
                "TAR",
                "Track Angle Rate",
                group(
                    f(
                        "TI",
                        "Turn Indicator",
                        el(
                            2,
                            table(
                                0, "Not available",
                                1, "Left",
                                2, "Right",
                                3, "Straight"))),
                    spare(6),
                    f("ROT", "Rate of Turn in Two's Complement Form", el(7, sq(0.25, "\u00b0/s"))),
                    spare(1))),
            f("TAN", "Track Angle", el(16, uq(0.0054931640625, "\u00b0"))),
            f("GS", "Ground Speed", el(16, sq(6.103515625E-5, "NM/s"))),
            f("VUN", "Velocity Uncertainty", el(8, raw())),
            f(
                "MET",
                "Meteorological Data",
                group(
                    f(
                        "WS",
                        "Wind Speed Valid Flag",
                        el(
                            1,
                            table(
                                0, "Not valid Wind Speed",
                                1, "Valid Wind Speed"))),
                    f(
                        "WD",
                        "Wind Direction Valid Flag",
                        el(
                            1,
                            table(
                                0, "Not valid Wind Direction",
                                1, "Valid Wind Direction"))),
                    f(
                        "TMP",
                        "Temperature Valid Flag",
                        el(
                            1,
                            table(
                                0, "Not valid Temperature",
                                1, "Valid Temperature"))),
                    f(
                        "TRB",
                        "Turbulence Valid Flag",
                        el(
                            1,
                            table(
                                0, "Not valid Turbulence",
                                1, "Valid Turbulence"))),
                    spare(4),
                    f("WSD", "Wind Speed", el(16, uq(1.0, "kt"))),
                    f("WDD", "Wind Direction", el(16, uq(1.0, "\u00b0"))),
                    f("TMPD", "Temperature in Degrees Celsius", el(16, sq(0.25, "\u00b0C"))),
                    f("TRBD", "Turbulence", el(8, ui())))),
            f(
                "EMC",
                "Emitter Category",
                el(
                    8,
                    table(
                        1, "Light aircraft =< 7000 kg",
                        2, "Reserved",
                        3, "7000 kg < medium aircraft < 136000 kg",
                        4, "Reserved",
                        5, "136000 kg <= heavy aircraft",
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
                        23, "Reserved",
                        24, "Reserved"))),
            f(
                "POS",
                "Position",
                group(
                    f(
                        "LAT",
                        "Latitude in WGS.84 in Two's Complement Form",
                        el(24, sq(2.1457672119140625E-5, "\u00b0"))),
                    f(
                        "LON",
                        "Longitude in WGS.84 in Two's Complement Form",
                        el(24, sq(2.1457672119140625E-5, "\u00b0"))))),
            f("GAL", "Geometric Altitude", el(16, sq(6.25, "ft"))),
            f(
                "PUN",
                "Position Uncertainty",
                group(spare(4), f("PUN", "Position Uncertainty", el(4, raw())))),
            f("BDSDATA", "BDS Register DATA", repetitive(el(64, bds()))),
            f("IAR", "Indicated Airspeed", el(16, uq(1.0, "kt"))),
            f("MAC", "Mach Number", el(16, uq(0.008, "Mach"))),
            f(
                "BPS",
                "Barometric Pressure Setting",
                group(spare(4), f("BPS", "", el(12, uq(0.1, "mb")))))));
  }

  private static AsterixItem i040() {
    return item(C, "040", "Track Number", el(16, raw()));
  }

  private static AsterixItem i080() {
    return item(
        C,
        "080",
        "Track Status",
        extended(
            part(
                f(
                    "MON",
                    "",
                    el(
                        1,
                        table(
                            0, "Multisensor track",
                            1, "Monosensor track"))),
                f(
                    "SPI",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1,
                                "SPI present in the last report received from a sensor capable of decoding this data"))),
                f(
                    "MRH",
                    "Most Reliable Height",
                    el(
                        1,
                        table(
                            0, "Barometric altitude (Mode C) more reliable",
                            1, "Geometric altitude more reliable"))),
                f(
                    "SRC",
                    "Source of Calculated Track Altitude for I062/130",
                    el(
                        3,
                        table(
                            0, "No source",
                            1, "GNSS",
                            2, "3D radar",
                            3, "Triangulation",
                            4, "Height from coverage",
                            5, "Speed look-up table",
                            6, "Default height",
                            7, "Multilateration"))),
                f(
                    "CNF",
                    "",
                    el(
                        1,
                        table(
                            0, "Confirmed track",
                            1, "Tentative track")))),
            part(
                f(
                    "SIM",
                    "",
                    el(
                        1,
                        table(
                            0, "Actual track",
                            1, "Simulated track"))),
                f(
                    "TSE",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1, "Last message transmitted to the user for the track"))),
                f(
                    "TSB",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1, "First message transmitted to the user for the track"))),
                f(
                    "FPC",
                    "",
                    el(
                        1,
                        table(
                            0, "Not flight-plan correlated",
                            1, "Flight plan correlated"))),
                f(
                    "AFF",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1, "ADS-B data inconsistent with other surveillance information"))),
                f(
                    "STP",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1, "Slave Track Promotion"))),
                f(
                    "KOS",
                    "",
                    el(
                        1,
                        table(
                            0, "Complementary service used",
                            1, "Background service used")))),
            part(
                f(
                    "AMA",
                    "",
                    el(
                        1,
                        table(
                            0, "Track not resulting from amalgamation process",
                            1, "Track resulting from amalgamation process"))),
                f(
                    "MD4",
                    "",
                    el(
                        2,
                        table(
                            0, "No Mode 4 interrogation",
                            1, "Friendly target",
                            2, "Unknown target",
                            3, "No reply"))),
                f(
                    "ME",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1,
                                "Military Emergency present in the last report received from a sensor capable of decoding this data"))),
                f(
                    "MI",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1,
                                "Military Identification present in the last report received from a sensor capable of decoding this data"))),
                f(
                    "MD5",
                    "",
                    el(
                        2,
                        table(
                            0, "No Mode 5 interrogation",
                            1, "Friendly target",
                            2, "Unknown target",
                            3, "No reply")))),
            part(
                f(
                    "CST",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1,
                                "Age of the last received track update is higher than system dependent threshold (coasting)"))),
                f(
                    "PSR",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1,
                                "Age of the last received PSR track update is higher than system dependent threshold"))),
                f(
                    "SSR",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1,
                                "Age of the last received SSR track update is higher than system dependent threshold"))),
                f(
                    "MDS",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1,
                                "Age of the last received Mode S track update is higher than system dependent threshold"))),
                f(
                    "ADS",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1,
                                "Age of the last received ADS-B track update is higher than system dependent threshold"))),
                f(
                    "SUC",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1,
                                "Special Used Code (Mode A codes to be defined in the system to mark a track with special interest)"))),
                f(
                    "AAC",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1,
                                "Assigned Mode A Code Conflict (same discrete Mode A Code assigned to another track)")))),
            part(
                f(
                    "SDS",
                    "",
                    el(
                        2,
                        table(
                            0, "Combined",
                            1, "Co-operative only",
                            2, "Non-Cooperative only",
                            3, "Not defined"))),
                f(
                    "EMS",
                    "",
                    el(
                        3,
                        table(
                            0, "No emergency",
                            1, "General emergency",
                            2, "Lifeguard / medical",
                            3, "Minimum fuel",
                            4, "No communications",
                            5, "Unlawful interference",
                            6, "Downed Aircraft",
                            7, "Undefined"))),
                f(
                    "PFT",
                    "",
                    el(
                        1,
                        table(
                            0, "No indication",
                            1, "Potential False Track Indication"))),
                f(
                    "FPLT",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1, "Track created / updated with FPL data")))),
            part(
                f(
                    "DUPT",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1, "Duplicate Mode 3/A Code"))),
                f(
                    "DUPF",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1, "Duplicate Flight Plan"))),
                f(
                    "DUPM",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1, "Duplicate Flight Plan due to manual correlation"))),
                f(
                    "SFC",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1, "Surface target"))),
                f(
                    "IDD",
                    "",
                    el(
                        1,
                        table(
                            0, "No indication",
                            1, "Duplicate Flight-ID"))),
                f(
                    "IEC",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1, "Inconsistent Emergency Code"))),
                f(
                    "MLAT",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1,
                                "Age of the last received MLAT track updateis higher than system dependent threshold")))),
            part(
                f(
                    "M5I",
                    "",
                    el(
                        1,
                        table(
                            0, "Default value",
                            1,
                                "Age of the last received Mode-5 interrogation track update is higher than system dependent threshold"))),
                spare(6)),
            part()));
  }

  private static AsterixItem i290() {
    return item(
        C,
        "290",
        "System Track Update Ages",
        compound(
            f("TRK", "Track Age", el(8, uq(0.25, "s"))),
            f("PSR", "PSR Age", el(8, uq(0.25, "s"))),
            f("SSR", "SSR Age", el(8, uq(0.25, "s"))),
            f("MDS", "Mode S Age", el(8, uq(0.25, "s"))),
            f("ADS", "ADS-C Age", el(16, uq(0.25, "s"))),
            f("ES", "ADS-B Extended Squitter Age", el(8, uq(0.25, "s"))),
            f("VDL", "ADS-B VDL Mode 4 Age", el(8, uq(0.25, "s"))),
            f("UAT", "ADS-B UAT Age", el(8, uq(0.25, "s"))),
            f("LOP", "Loop Age", el(8, uq(0.25, "s"))),
            f("MLT", "Multilateration Age", el(8, uq(0.25, "s")))));
  }

  private static AsterixItem i200() {
    return item(
        C,
        "200",
        "Mode of Movement",
        group(
            f(
                "TRANS",
                "Transversal Acceleration",
                el(
                    2,
                    table(
                        0, "Constant course",
                        1, "Right turn",
                        2, "Left turn",
                        3, "Undetermined"))),
            f(
                "LONG",
                "Longitudinal Acceleration",
                el(
                    2,
                    table(
                        0, "Constant groundspeed",
                        1, "Increasing groundspeed",
                        2, "Decreasing groundspeed",
                        3, "Undetermined"))),
            f(
                "VERT",
                "Vertical Rate",
                el(
                    2,
                    table(
                        0, "Level",
                        1, "Climb",
                        2, "Descent",
                        3, "Undetermined"))),
            f(
                "ADF",
                "Altitude Discrepancy Flag",
                el(
                    1,
                    table(
                        0, "No altitude discrepancy",
                        1, "Altitude discrepancy"))),
            spare(1)));
  }

  private static AsterixItem i295() {
    return item(
        C,
        "295",
        "Track Data Ages",
        compound(
            f("MFL", "Measured Flight Level Age", el(8, uq(0.25, "s"))),
            f("MD1", "Mode 1 Age", el(8, uq(0.25, "s"))),
            f("MD2", "Mode 2 Age", el(8, uq(0.25, "s"))),
            f("MDA", "Mode 3/A Age", el(8, uq(0.25, "s"))),
            f("MD4", "Mode 4 Age", el(8, uq(0.25, "s"))),
            f("MD5", "Mode 5 Age", el(8, uq(0.25, "s"))),
            f("MHG", "Magnetic Heading Age", el(8, uq(0.25, "s"))),
            f("IAS", "Indicated Airspeed / Mach Nb Age", el(8, uq(0.25, "s"))),
            f("TAS", "True Airspeed Age", el(8, uq(0.25, "s"))),
            f("SAL", "Selected Altitude Age", el(8, uq(0.25, "s"))),
            f("FSS", "Final State Selected Altitude Age", el(8, uq(0.25, "s"))),
            f("TID", "Trajectory Intent Age", el(8, uq(0.25, "s"))),
            f("COM", "Communication/ACAS Capability and Flight Status Age", el(8, uq(0.25, "s"))),
            f("SAB", "Status Reported by ADS-B Age", el(8, uq(0.25, "s"))),
            f("ACS", "ACAS Resolution Advisory Report Age", el(8, uq(0.25, "s"))),
            f("BVR", "Barometric Vertical Rate Age", el(8, uq(0.25, "s"))),
            f("GVR", "Geometrical Vertical Rate Age", el(8, uq(0.25, "s"))),
            f("RAN", "Roll Angle Age", el(8, uq(0.25, "s"))),
            f("TAR", "Track Angle Rate Age", el(8, uq(0.25, "s"))),
            f("TAN", "Track Angle Age", el(8, uq(0.25, "s"))),
            f("GSP", "Ground Speed Age", el(8, uq(0.25, "s"))),
            f("VUN", "Velocity Uncertainty Age", el(8, uq(0.25, "s"))),
            f("MET", "Meteorological Data Age", el(8, uq(0.25, "s"))),
            f("EMC", "Emitter Category Age", el(8, uq(0.25, "s"))),
            f("POS", "Position Age", el(8, uq(0.25, "s"))),
            f("GAL", "Geometric Altitude Age", el(8, uq(0.25, "s"))),
            f("PUN", "Position Uncertainty Age", el(8, uq(0.25, "s"))),
            f("MB", "BDS Register Data Age", el(8, uq(0.25, "s"))),
            f("IAR", "Indicated Airspeed Data Age", el(8, uq(0.25, "s"))),
            f("MAC", "Mach Number Data Age", el(8, uq(0.25, "s"))),
            f("BPS", "Barometric Pressure Setting Data Age", el(8, uq(0.25, "s")))));
  }

  private static AsterixItem i136() {
    return item(C, "136", "Measured Flight Level", el(16, sq(0.25, "FL")));
  }

  private static AsterixItem i130() {
    return item(C, "130", "Calculated Track Geometric Altitude", el(16, sq(6.25, "ft")));
  }

  private static AsterixItem i135() {
    return item(
        C,
        "135",
        "Calculated Track Barometric Altitude",
        group(
            f(
                "QNH",
                "",
                el(
                    1,
                    table(
                        0, "No QNH correction applied",
                        1, "QNH correction applied"))),
            f("CTB", "Calculated Track Barometric Altitude", el(15, sq(0.25, "FL")))));
  }

  private static AsterixItem i220() {
    return item(C, "220", "Calculated Rate of Climb/Descent", el(16, sq(6.25, "ft/min")));
  }

  private static AsterixItem i390() {
    return item(
        C,
        "390",
        "Flight Plan Related Data",
        compound(
            f(
                "TAG",
                "FPPS Identification Tag",
                group(
                    f("SAC", "System Area Code", el(8, raw())),
                    f("SIC", "System Identification Code", el(8, raw())))),
            f("CS", "Callsign", el(56, text(TextKind.ASCII))),
            f(
                "IFI",
                "IFPS_FLIGHT_ID",
                group(
                    f(
                        "TYP",
                        "",
                        el(
                            2,
                            table(
                                0, "Plan Number",
                                1, "Unit 1 internal flight number",
                                2, "Unit 2 internal flight number",
                                3, "Unit 3 internal flight number"))),
                    spare(3),
                    f("NBR", "Number from 0 to 99 999 999", el(27, ui())))),
            f(
                "FCT",
                "Flight Category",
                group(
                    f(
                        "GATOAT",
                        "",
                        el(
                            2,
                            table(
                                0, "Unknown",
                                1, "General Air Traffic",
                                2, "Operational Air Traffic",
                                3, "Not applicable"))),
                    f(
                        "FR1FR2",
                        "",
                        el(
                            2,
                            table(
                                0, "Instrument Flight Rules",
                                1, "Visual Flight Rules",
                                2, "Not applicable",
                                3, "Controlled Visual Flight Rules"))),
                    f(
                        "RVSM",
                        "",
                        el(
                            2,
                            table(
                                0, "Unknown",
                                1, "Approved",
                                2, "Exempt",
                                3, "Not Approved"))),
                    f(
                        "HPR",
                        "",
                        el(
                            1,
                            table(
                                0, "Normal Priority Flight",
                                1, "High Priority Flight"))),
                    spare(1))),
            f("TAC", "Type of Aircraft", el(32, text(TextKind.ASCII))),
            f("WTC", "Wake Turbulence Category", el(8, text(TextKind.ASCII))),
            f("DEP", "Departure Airport", el(32, text(TextKind.ASCII))),
            f("DST", "Destination Airport", el(32, text(TextKind.ASCII))),
            f(
                "RDS",
                "Runway Designation",
                group(
                    f("NU1", "First Number", el(8, text(TextKind.ASCII))),
                    f("NU2", "Second Number", el(8, text(TextKind.ASCII))),
                    f("LTR", "Letter", el(8, text(TextKind.ASCII))))),
            f("CFL", "Current Cleared Flight Level", el(16, uq(0.25, "FL"))),
            f(
                "CTL",
                "Current Control Position",
                group(
                    f("CENTRE", "8-bit Group Identification Code", el(8, raw())),
                    f("POSITION", "8-bit Control Position Identification Code", el(8, raw())))),
            f(
                "TOD",
                "Time of Departure / Arrival",
                repetitive(
                    group(
                        f(
                            "TYP",
                            "",
                            el(
                                5,
                                table(
                                    0, "Scheduled off-block time",
                                    1, "Estimated off-block time",
                                    2, "Estimated take-off time",
                                    3, "Actual off-block time",
                                    4, "Predicted time at runway hold",
                                    5, "Actual time at runway hold",
                                    6, "Actual line-up time",
                                    7, "Actual take-off time",
                                    8, "Estimated time of arrival",
                                    9, "Predicted landing time",
                                    10, "Actual landing time",
                                    11, "Actual time off runway",
                                    12, "Predicted time to gate",
                                    13, "Actual on-block time"))),
                        f(
                            "DAY",
                            "",
                            el(
                                2,
                                table(
                                    0, "Today",
                                    1, "Yesterday",
                                    2, "Tomorrow",
                                    3, "Invalid"))),
                        spare(4),
                        f("HOR", "Hours", el(5, ui())),
                        spare(2),
                        f("MIN", "Minutes", el(6, ui())),
                        f(
                            "AVS",
                            "Seconds Available Flag",
                            el(
                                1,
                                table(
                                    0, "Seconds available",
                                    1, "Seconds not available"))),
                        spare(1),
                        f("SEC", "Seconds", el(6, ui()))))),
            f("AST", "Aircraft Stand", el(48, text(TextKind.ASCII))),
            f(
                "STS",
                "Stand Status",
                group(
                    f(
                        "EMP",
                        "",
                        el(
                            2,
                            table(
                                0, "Empty",
                                1, "Occupied",
                                2, "Unknown",
                                3, "Invalid"))),
                    f(
                        "AVL",
                        "",
                        el(
                            2,
                            table(
                                0, "Available",
                                1, "Not available",
                                2, "Unknown",
                                3, "Invalid"))),
                    spare(4))),
            f("STD", "Standard Instrument Departure", el(56, text(TextKind.ASCII))),
            f("STA", "Standard Instrument Arrival", el(56, text(TextKind.ASCII))),
            f(
                "PEM",
                "Pre-Emergency Mode 3/A",
                group(
                    spare(3),
                    f(
                        "VA",
                        "",
                        el(
                            1,
                            table(
                                0, "No valid Mode 3/A available",
                                1, "Valid Mode 3/A available"))),
                    f(
                        "MODE3A",
                        "Mode-3/A Reply in Octal Representation",
                        el(12, text(TextKind.OCTAL))))),
            f("PEC", "Pre-Emergency Callsign", el(56, text(TextKind.ASCII)))));
  }

  private static AsterixItem i270() {
    return item(
        C,
        "270",
        "Target Size and Orientation",
        extended(
            part(f("LENGTH", "Length", el(7, uq(1.0, "m")))),
            part(f("ORIENTATION", "Orientation", el(7, uq(2.8125, "\u00b0")))),
            part(f("WIDTH", "Width", el(7, uq(1.0, "m")))),
            part()));
  }

  private static AsterixItem i300() {
    return item(
        C,
        "300",
        "Vehicle Fleet Identification",
        el(
            8,
            table(
                0, "Unknown",
                1, "ATC equipment maintenance",
                2, "Airport maintenance",
                3, "Fire",
                4, "Bird scarer",
                5, "Snow plough",
                6, "Runway sweeper",
                7, "Emergency",
                8, "Police",
                9, "Bus",
                10, "Tug (push/tow)",
                11, "Grass cutter",
                12, "Fuel",
                13, "Baggage",
                14, "Catering",
                15, "Aircraft maintenance",
                16, "Flyco (follow me)")));
  }

  private static AsterixItem i110() {
    return item(
        C,
        "110",
        "Mode 5 Data Reports and Extended Mode 1 Code",
        compound(
            f(
                "SUM",
                "Mode 5 Summary",
                group(
                    f(
                        "M5",
                        "",
                        el(
                            1,
                            table(
                                0, "No Mode 5 interrogation",
                                1, "Mode 5 interrogation"))),
                    f(
                        "ID",
                        "",
                        el(
                            1,
                            table(
                                0, "No authenticated Mode 5 ID reply",
                                1, "Authenticated Mode 5 ID reply"))),
                    f(
                        "DA",
                        "",
                        el(
                            1,
                            table(
                                0, "No authenticated Mode 5 Data reply or Report",
                                1,
                                    "Authenticated Mode 5 Data reply or Report (i.e any valid Mode 5 reply type other than ID)"))),
                    f(
                        "M1",
                        "",
                        el(
                            1,
                            table(
                                0, "Mode 1 code not present or not from Mode 5 reply",
                                1, "Mode 1 code from Mode 5 reply"))),
                    f(
                        "M2",
                        "",
                        el(
                            1,
                            table(
                                0, "Mode 2 code not present or not from Mode 5 reply",
                                1, "Mode 2 code from Mode 5 reply"))),
                    f(
                        "M3",
                        "",
                        el(
                            1,
                            table(
                                0, "Mode 3 code not present or not from Mode 5 reply",
                                1, "Mode 3 code from Mode 5 reply"))),
                    f(
                        "MC",
                        "",
                        el(
                            1,
                            table(
                                0, "Mode C altitude code not present or not from Mode 5 reply",
                                1, "Mode C altitude from Mode 5 reply"))),
                    f(
                        "X",
                        "X-pulse from Mode 5 Data Reply or Report",
                        el(
                            1,
                            table(
                                0,
                                    "X-pulse set to zero or no authenticated Data reply or Report received",
                                1, "X-pulse set to one"))))),
            f(
                "PMN",
                "Mode 5 PIN/ National Origin/Mission Code",
                group(
                    spare(2),
                    f("PIN", "PIN Code", el(14, raw())),
                    spare(3),
                    f("NAT", "National Origin", el(5, raw())),
                    spare(2),
                    f("MIS", "Mission Code", el(6, raw())))),
            f(
                "POS",
                "Mode 5 Reported Position",
                group(
                    f("LAT", "Latitude", el(24, sq(2.1457672119140625E-5, "\u00b0"))),
                    f("LON", "Longitude", el(24, sq(2.1457672119140625E-5, "\u00b0"))))),
            f(
                "GA",
                "Mode 5 GNSS-derived Altitude",
                group(
                    spare(1),
                    f(
                        "RES",
                        "Resolution with which the GNSS-derived Altitude (GA) is Reported",
                        el(
                            1,
                            table(
                                0, "GA reported in 100 ft increments",
                                1, "GA reported in 25 ft increments"))),
                    f(
                        "GA",
                        "GNSS-derived Altitude of Target, Expressed as Height Above WGS 84 Ellipsoid",
                        el(14, sq(25.0, "ft"))))),
            f(
                "EM1",
                "Extended Mode 1 Code in Octal Representation",
                group(
                    spare(4),
                    f(
                        "EM1",
                        "Extended Mode 1 Reply in Octal Representation",
                        el(12, text(TextKind.OCTAL))))),
            f("TOS", "Time Offset for POS and GA", el(8, sq(0.0078125, "s"))),
            f(
                "XP",
                "X Pulse Presence",
                group(
                    spare(3),
                    f(
                        "X5",
                        "X-pulse from Mode 5 Data Reply or Report",
                        el(
                            1,
                            table(
                                0,
                                    "X-pulse set to zero or no authenticated Data reply or Report received",
                                1, "X-pulse set to one (present)"))),
                    f(
                        "XC",
                        "X-pulse from Mode C Reply",
                        el(
                            1,
                            table(
                                0, "X-pulse set to zero or no Mode C reply",
                                1, "X-pulse set to one (present)"))),
                    f(
                        "X3",
                        "X-pulse from Mode 3/A Reply",
                        el(
                            1,
                            table(
                                0, "X-pulse set to zero or no Mode 3/A reply",
                                1, "X-pulse set to one (present)"))),
                    f(
                        "X2",
                        "X-pulse from Mode 2 Reply",
                        el(
                            1,
                            table(
                                0, "X-pulse set to zero or no Mode 2 reply",
                                1, "X-pulse set to one (present)"))),
                    f(
                        "X1",
                        "X-pulse from Mode 1 Reply",
                        el(
                            1,
                            table(
                                0, "X-pulse set to zero or no Mode 1 reply",
                                1, "X-pulse set to one (present)")))))));
  }

  private static AsterixItem i120() {
    return item(
        C,
        "120",
        "Track Mode 2 Code",
        group(
            spare(4),
            f("MODE2", "Mode-2 Code in Octal Representation", el(12, text(TextKind.OCTAL)))));
  }

  private static AsterixItem i510() {
    return item(
        C,
        "510",
        "Composed Track Number",
        repetitiveFx(
            group(
                f("IDENT", "System Unit Identification", el(8, raw())),
                f("TRACK", "System Track Number", el(15, raw())))));
  }

  private static AsterixItem i500() {
    return item(
        C,
        "500",
        "Estimated Accuracies",
        compound(
            f(
                "APC",
                "Estimated Accuracy Of Track Position (Cartesian)",
                group(
                    f("X", "APC (X-Component)", el(16, uq(0.5, "m"))),
                    f("Y", "APC (Y-Component)", el(16, uq(0.5, "m"))))),
            f("COV", "XY Covariance Component", el(16, sq(0.5, "m"))),
            f(
                "APW",
                "Estimated Accuracy Of Track Position (WGS-84)",
                group(
                    f(
                        "LAT",
                        "APW (Latitude Component)",
                        el(16, uq(5.364418029785156E-6, "\u00b0"))),
                    f(
                        "LON",
                        "APW (Longitude Component)",
                        el(16, uq(5.364418029785156E-6, "\u00b0"))))),
            f(
                "AGA",
                "Estimated Accuracy Of Calculated Track Geometric Altitude",
                el(8, uq(6.25, "ft"))),
            f(
                "ABA",
                "Estimated Accuracy Of Calculated Track Barometric Altitude",
                el(8, uq(0.25, "FL"))),
            f(
                "ATV",
                "Estimated Accuracy Of Track Velocity (Cartesian)",
                group(
                    f("X", "ATV (X-Component)", el(8, uq(0.25, "m/s"))),
                    f("Y", "ATV (Y-Component)", el(8, uq(0.25, "m/s"))))),
            f(
                "AA",
                "Estimated Accuracy Of Acceleration (Cartesian)",
                group(
                    f("X", "AA (X-Component)", el(8, uq(0.25, "m/s\u00b2"))),
                    f("Y", "AA (Y-Component)", el(8, uq(0.25, "m/s\u00b2"))))),
            f("ARC", "Estimated Accuracy Of Rate Of Climb/Descent", el(8, uq(6.25, "ft/min")))));
  }

  private static AsterixItem i340() {
    return item(
        C,
        "340",
        "Measured Information",
        compound(
            f(
                "SID",
                "Sensor Identification",
                group(
                    f("SAC", "System Area Code", el(8, raw())),
                    f("SIC", "System Identification Code", el(8, raw())))),
            f(
                "POS",
                "Measured Position",
                group(
                    f("RHO", "Measured Distance", el(16, uq(0.00390625, "NM"))),
                    f("THETA", "Measured Azimuth", el(16, uq(0.0054931640625, "\u00b0"))))),
            f("HEIGHT", "Measured 3-D Height", el(16, sq(25.0, "ft"))),
            f(
                "MDC",
                "",
                group(
                    f(
                        "V",
                        "Validated",
                        el(
                            1,
                            table(
                                0, "Code validated",
                                1, "Code not validated"))),
                    f(
                        "G",
                        "Garbled",
                        el(
                            1,
                            table(
                                0, "Default",
                                1, "Garbled code"))),
                    f("LMC", "Last Measured Mode C Code", el(14, sq(0.25, "FL"))))),
            f(
                "MDA",
                "",
                group(
                    f(
                        "V",
                        "Validated",
                        el(
                            1,
                            table(
                                0, "Code validated",
                                1, "Code not validated"))),
                    f(
                        "G",
                        "Garbled",
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
                                0, "Mode 3/A code as derived from the reply of the transponder",
                                1, "Mode 3/A code as provided by a sensor local tracker"))),
                    spare(1),
                    f(
                        "MODE3A",
                        "Mode-3/A Reply in Octal Representation",
                        el(12, text(TextKind.OCTAL))))),
            f(
                "TYP",
                "",
                group(
                    f(
                        "TYP",
                        "Report Type",
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
                                7, "ModeS Roll-Call + PSR"))),
                    f(
                        "SIM",
                        "",
                        el(
                            1,
                            table(
                                0, "Actual target report",
                                1, "Simulated target report"))),
                    f(
                        "RAB",
                        "",
                        el(
                            1,
                            table(
                                0, "Report from target transponder",
                                1, "Report from field monitor (item transponder)"))),
                    f(
                        "TST",
                        "",
                        el(
                            1,
                            table(
                                0, "Real target report",
                                1, "Test target report"))),
                    spare(2)))));
  }

  private static AsterixItem iRE() {
    return item(C, "RE", "Reserved Expansion Field", explicit(ExplicitKind.RE));
  }

  private static AsterixItem iSP() {
    return item(C, "SP", "Special Purpose Field", explicit(ExplicitKind.SP));
  }
}
