/**
 * The SAPIENT BSI Flex 335 v2.0 message classes, generated at build time by protoc from {@code
 * sargas-formats/src/main/proto/sargas/sapient/v2} (never edited, never committed). Names follow
 * the standard: {@code SapientMessage} wraps one of {@code Registration}, {@code RegistrationAck},
 * {@code StatusReport}, {@code DetectionReport}, {@code Task}, {@code TaskAck}, {@code Alert},
 * {@code AlertAck}, {@code Error}. Instances are immutable and thread-safe; builders are not.
 */
package org.sargas.formats.sapient.v2;
