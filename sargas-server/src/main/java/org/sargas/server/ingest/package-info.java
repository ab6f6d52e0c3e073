/**
 * Ingest: where sensor bytes enter Sargas. Capture files (pcap and pcapng, detected by magic
 * number; Ethernet/Linux-cooked/raw IPv4 with UDP, and the Bluetooth LE and 802.11 link layers of
 * Remote ID captures), raw files, live UDP (unicast and multicast, filtered by source) and TCP
 * client connections to receivers. Each hands timestamped {@link org.sargas.model.frame.RawFrame}s
 * (the one frame type: journal, replay and decoders use it too) to a {@link
 * org.sargas.server.ingest.FrameSink}; the server keeps sockets and framing only.
 */
package org.sargas.server.ingest;
