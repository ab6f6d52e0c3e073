package org.sargas.formats.modes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * ES message types beyond the pyModeS sample: published vectors ("The 1090 MHz Riddle", J. Sun,
 * velocity examples) and frames built here bit by bit (status, target state, operational status,
 * surface position), each with its fields annotated.
 */
class ExtendedSquitterVectorsTest {
  private final ModeSFields f = new ModeSFields();

  private static byte[] frame(int icao, long me) {
    byte[] b = new byte[14];
    b[0] = (byte) 0x8D;
    b[1] = (byte) (icao >>> 16);
    b[2] = (byte) (icao >>> 8);
    b[3] = (byte) icao;
    for (int k = 0; k < 7; k++) {
      b[4 + k] = (byte) (me >>> (48 - 8 * k));
    }
    int p = ModeSCrc.parity(b, 0, 11);
    b[11] = (byte) (p >>> 16);
    b[12] = (byte) (p >>> 8);
    b[13] = (byte) p;
    return b;
  }

  /** ME field value {@code v} at DO-260B bit {@code from} (1-based) of width {@code bits}. */
  private static long at(int from, int bits, long v) {
    return v << (57 - from - bits);
  }

  @Test
  void df18WithANonIcaoAddressGetsPositionsButNoTrust() {
    ModeSDecoder d = new ModeSDecoder();
    byte[] even = new byte[14];
    byte[] odd = new byte[14];
    ExtendedSquitterEncoder.airbornePosition(0x000123, 54.69, 25.28, 1000, false, even, 0);
    ExtendedSquitterEncoder.airbornePosition(0x000123, 54.69, 25.28, 1000, true, odd, 0);
    for (byte[] b : new byte[][] {even, odd}) {
      b[0] = (byte) (18 << 3 | 1);
      int p = ModeSCrc.parity(b, 0, 11);
      b[11] = (byte) (p >>> 16);
      b[12] = (byte) (p >>> 8);
      b[13] = (byte) p;
    }
    d.decode(even, 0, 14, 0, f, "t", 0);
    d.decode(odd, 0, 14, 500, f, "t", 0);
    assertThat(f.controlField).isEqualTo(1);
    assertThat(f.icaoTrusted).isFalse();
    assertThat(f.latDeg).isCloseTo(54.69, within(1e-4));
  }

  @Test
  void velocityOverGroundSubtype1() {
    byte[] b = HexFormat.of().parseHex("8D485020994409940838175B284F");
    assertThat(new ModeSDecoder().decode(b, 0, 14, 0, f, "t", 0)).isNull();
    assertThat(f.subtype).isEqualTo(1);
    assertThat(f.groundSpeedKt).isCloseTo(159.2, within(0.1));
    assertThat(f.trackDeg).isCloseTo(182.88, within(0.01));
    assertThat(f.verticalRateFtMin).isEqualTo(-832.0);
  }

  @Test
  void airspeedAndHeadingSubtype3() {
    byte[] b = HexFormat.of().parseHex("8DA05F219B06B6AF189400CBC33F");
    assertThat(new ModeSDecoder().decode(b, 0, 14, 0, f, "t", 0)).isNull();
    assertThat(f.subtype).isEqualTo(3);
    assertThat(f.airspeedKt).isEqualTo(375.0);
    assertThat(f.airspeedTrue).isTrue();
    assertThat(f.headingDeg).isCloseTo(243.98, within(0.01));
    assertThat(f.verticalRateFtMin).isEqualTo(-2304.0);
  }

  @Test
  void aircraftStatusEmergencyAndSquawk() {
    // TC 28, subtype 1, emergency 1 (general), Mode A 7700: ID bits A1 A2 A4 B1 B2 B4.
    long me = at(1, 5, 28) | at(6, 3, 1) | at(9, 3, 1) | at(12, 13, 0b0101010101010);
    assertThat(new ModeSDecoder().decode(frame(0x3C6586, me), 0, 14, 0, f, "t", 0)).isNull();
    assertThat(f.emergency).isEqualTo(EmergencyState.GENERAL);
    assertThat(f.squawk).isEqualTo(07700);
  }

  @Test
  void targetStateAndStatus() {
    // TC 29 subtype 1: selected altitude (1201 - 1) * 32 = 38400 ft, baro (267 - 1) * 0.8 + 800
    // = 1012.8 hPa, heading valid 128 * 180/256 = 90 deg, NACp 10, SIL 3.
    long me =
        at(1, 5, 29)
            | at(6, 2, 1)
            | at(10, 11, 1201)
            | at(21, 9, 267)
            | at(30, 1, 1)
            | at(31, 9, 128)
            | at(40, 4, 10)
            | at(45, 2, 3);
    assertThat(new ModeSDecoder().decode(frame(0x3C6586, me), 0, 14, 0, f, "t", 0)).isNull();
    assertThat(f.selectedAltitudeFt).isEqualTo(38400.0);
    assertThat(f.baroSettingHpa).isCloseTo(1012.8, within(1e-9));
    assertThat(f.selectedHeadingDeg).isEqualTo(90.0);
    assertThat(f.nacp).isEqualTo(10);
    assertThat(f.sil).isEqualTo(3);
  }

  @Test
  void operationalStatus() {
    // TC 31 subtype 0 (airborne): version 2, NIC-A 1, NACp 9, SIL 3.
    long me =
        at(1, 5, 31) | at(6, 3, 0) | at(41, 3, 2) | at(44, 1, 1) | at(45, 4, 9) | at(51, 2, 3);
    assertThat(new ModeSDecoder().decode(frame(0x3C6586, me), 0, 14, 0, f, "t", 0)).isNull();
    assertThat(f.adsbVersion).isEqualTo(2);
    assertThat(f.nicSupplementA).isEqualTo(1);
    assertThat(f.nacp).isEqualTo(9);
    assertThat(f.sil).isEqualTo(3);
  }

  private static long surfaceCpr(double lat, double lon, boolean odd) {
    int i = odd ? 1 : 0;
    double dLat = 90.0 / (60 - i);
    double yz = Math.floor(Cpr.SCALE * (((lat % dLat) + dLat) % dLat) / dLat + 0.5);
    double rlat = dLat * (yz / Cpr.SCALE + Math.floor(lat / dLat));
    double dLon = 90.0 / Math.max(Cpr.nl(rlat) - i, 1);
    double xz = Math.floor(Cpr.SCALE * (((lon % dLon) + dLon) % dLon) / dLon + 0.5);
    return ((long) yz % 131072) << 17 | ((long) xz % 131072);
  }

  @Test
  void surfacePositionNeedsAReferenceAndResolvesTheQuadrant() {
    // Vilnius airport apron, 54.6367 N 25.2876 E; TC 7, movement 22 (6.5 kt), track valid 32/128.
    double lat = 54.6367;
    double lon = 25.2876;
    long head = at(1, 5, 7) | at(6, 7, 22) | at(13, 1, 1) | at(14, 7, 32);
    byte[] even = frame(0x4B1234, head | at(22, 1, 0) | surfaceCpr(lat, lon, false));
    byte[] odd = frame(0x4B1234, head | at(22, 1, 1) | surfaceCpr(lat + 0.0001, lon, true));
    ModeSDecoder noReference = new ModeSDecoder();
    noReference.decode(even, 0, 14, 0, f, "t", 0);
    noReference.decode(odd, 0, 14, 1000, f, "t", 0);
    assertThat(f.surface).isTrue();
    assertThat(f.latDeg).as("surface CPR is ambiguous without a reference").isNaN();
    ModeSDecoder d = new ModeSDecoder(16, 60_000, false, 54.9, 25.3);
    d.decode(even, 0, 14, 0, f, "t", 0);
    d.decode(odd, 0, 14, 1000, f, "t", 0);
    assertThat(f.latDeg).isCloseTo(lat + 0.0001, within(1e-4));
    assertThat(f.lonDeg).isCloseTo(lon, within(1e-4));
    assertThat(f.groundSpeedKt).isEqualTo(6.5);
    assertThat(f.trackDeg).isEqualTo(90.0);
  }
}
