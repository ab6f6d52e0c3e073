/**
 * The TAK Protocol version 1 message classes ({@code TakMessage}, {@code TakControl}, {@code
 * CotEvent}, {@code Detail} and its parts), generated at build time by protoc from {@code
 * sargas-formats/src/main/proto/sargas/tak/v1} (never edited, never committed). Instances are
 * immutable and thread-safe; builders are not.
 */
package org.sargas.formats.cot.tak;
