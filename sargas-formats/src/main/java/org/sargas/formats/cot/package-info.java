/**
 * Cursor-on-Target: a track as a CoT event ({@link org.sargas.formats.cot.CotEvent}), its type from
 * the STANAG 1241 standard identity and the class ({@link org.sargas.formats.cot.CotType}), and the
 * two wire forms TAK clients take: CoT XML (event 2.0, {@link org.sargas.formats.cot.CotXml}) and
 * TAK Protocol version 1 protobuf with mesh and stream framing ({@link
 * org.sargas.formats.cot.TakProtocol}). No I/O.
 */
package org.sargas.formats.cot;
