/**
 * SAPIENT, BSI Flex 335 v2.0 (2023): the interface of counter-UAS, acoustic and RF sensor nodes. On
 * TCP every message is a protobuf {@code SapientMessage} preceded by its length as a 4-octet
 * little-endian unsigned integer ({@link org.sargas.formats.sapient.SapientFrame}). This package
 * turns a node's stream into observations ({@link
 * org.sargas.formats.sapient.SapientObservationDecoder}) and writes the Registration and
 * DetectionReport messages the simulator's nodes send ({@link
 * org.sargas.formats.sapient.SapientEncoder}); the message classes themselves are generated into
 * {@code org.sargas.formats.sapient.v2} from {@code src/main/proto}.
 */
package org.sargas.formats.sapient;
