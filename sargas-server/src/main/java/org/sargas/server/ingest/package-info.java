/**
 * Ingest: where sensor bytes enter Sargas. Capture files (pcap and pcapng, detected by magic
 * number; Ethernet/Linux-cooked/raw IPv4 with UDP, and the Bluetooth LE and 802.11 link layers of
 * Remote ID captures), raw files, live UDP (unicast and multicast, filtered by source) and TCP
 * client connections to receivers. Each produces timestamped {@link
 * org.sargas.server.ingest.RawFrame}s for the decoders.
 */
package org.sargas.server.ingest;
