package org.sargas.server.ingest;

/** The radio link a Remote ID message arrived on (ASTM F3411-22a section 5.4). */
public enum RemoteIdLink {
  /**
   * Bluetooth 4 legacy or Bluetooth 5 extended/long-range advertising (service data UUID 0xFFFA).
   */
  BLUETOOTH,
  /** Wi-Fi beacon, vendor-specific element with OUI FA-0B-BC type 0x0D. */
  WIFI_BEACON,
  /** Wi-Fi Neighbor Awareness Networking service discovery frame ("org.opendroneid.remoteid"). */
  WIFI_NAN
}
