package org.sargas.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-built link-layer frames: where each Remote ID transport puts the F3411 payload. */
class RemoteIdFramesTest {
  private static final String BASIC = "00" + "12" + "5352472d31323334" + "00".repeat(12) + "000000";

  private static List<String> find(int linkType, String hex) {
    byte[] b = HexFormat.of().parseHex(hex);
    List<String> out = new ArrayList<>();
    RemoteIdFrames.find(
        new CapturedPacket(0, linkType, b, 0, b.length),
        (link, counter, bytes, off, len) ->
            out.add(
                link
                    + " "
                    + counter
                    + " "
                    + len
                    + " "
                    + HexFormat.of().formatHex(bytes, off, off + Math.min(len, 2))));
    return out;
  }

  @Test
  void bluetoothLegacyAdvertisingCarriesOneMessage() {
    // BLE LL header (access address, PDU header, AdvA) then AD: flags, then 1E 16 FA FF 0D counter
    // msg.
    String frame =
        "d6be898e" + "4225" + "112233445566" + "020106" + "1e16faff0d" + "07" + BASIC + "aabbcc";
    assertThat(find(251, frame)).containsExactly("BLUETOOTH 7 25 0012");
  }

  @Test
  void wifiBeaconVendorElementAndNanServiceDescriptor() {
    String hdr = "8000" + "0000" + "ffffffffffff" + "020000000001" + "020000000001" + "0000";
    String fixed = "0000000000000000" + "6400" + "0104";
    String ssid = "0000";
    String pack = "f01901" + BASIC;
    String vendor = "dd" + String.format("%02x", 5 + pack.length() / 2) + "fa0bbc0d" + "2a" + pack;
    assertThat(find(105, hdr + fixed + ssid + vendor)).containsExactly("WIFI_BEACON 42 28 f019");
    String action = "d000" + "0000" + "516f9a010000" + "020000000001" + "516f9a010000" + "0000";
    String info = "2b" + pack;
    String sda =
        "886919 9d9209".replace(" ", "")
            + "01"
            + "00"
            + "10"
            + String.format("%02x", info.length() / 2)
            + info;
    String attr = "03" + String.format("%02x", sda.length() / 2) + "00" + sda;
    String body = "0409" + "506f9a13" + attr;
    String radiotap = "00000800" + "00000000";
    assertThat(find(127, radiotap + action + body)).containsExactly("WIFI_NAN 43 28 f019");
  }

  @Test
  void framesWithoutRemoteIdYieldNothing() {
    assertThat(find(105, "8000" + "00".repeat(40))).isEmpty();
    assertThat(find(251, "0011223344")).isEmpty();
    assertThat(find(127, "0000")).isEmpty();
  }
}
