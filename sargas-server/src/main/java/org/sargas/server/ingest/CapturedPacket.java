package org.sargas.server.ingest;

/**
 * One packet of a capture file, as a view into the file's bytes (valid during the callback).
 *
 * @param timestampNanos capture time, nanoseconds since the epoch
 * @param linkType the interface's LINKTYPE_ value (1 Ethernet, 113 Linux SLL, 101 raw IP, 105
 *     802.11, 127 radiotap, 251/256 Bluetooth LE...)
 * @param data the file's bytes
 * @param offset offset of the packet's first byte in {@code data} (= file offset)
 * @param length captured length
 */
public record CapturedPacket(
    long timestampNanos, int linkType, byte[] data, int offset, int length) {}
