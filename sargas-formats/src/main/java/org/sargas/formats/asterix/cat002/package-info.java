/**
 * ASTERIX Category 002 (monoradar service messages, edition 1.2): north markers, sector crossings
 * and south markers of older radars, which give the scan timing and the time of day that resolves
 * CAT001's truncated time; typed view, record and message type.
 */
package org.sargas.formats.asterix.cat002;
