/**
 * Raw frames: the bytes a sensor feed delivered, with their receive time, before any decoding. The
 * frame journal stores them and replay reads them back, so every decoded report can be traced to
 * the exact bytes it came from.
 */
package org.sargas.model.frame;
