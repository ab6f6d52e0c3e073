package org.sargas.formats.modes;

import java.time.Instant;
import java.util.function.Consumer;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.ObservationDecoder;
import org.sargas.model.observation.Observation;

/**
 * A Beast TCP stream to observations: chunks in any split, frames reassembled across chunks,
 * Mode S decoded with per-aircraft state, one {@link Observation} per resolved ADS-B position of a
 * trusted address (event time = receive time of the chunk; the Beast MLAT counter is free-running,
 * not absolute). The last NACp the aircraft announced sets the horizontal error. Not thread-safe: one
 * per feed.
 */
public final class BeastObservationDecoder implements ObservationDecoder {
  private final BeastReader reader = new BeastReader();
  private final ModeSDecoder decoder;
  private final ModeSObservationAdapter adapter;
  private final ModeSFields fields = new ModeSFields();
  private byte[] carry = new byte[0];
  private Instant receiveTime;
  private Consumer<Observation> observations;
  private Consumer<DecodeFailure> failures;
  private int count;
  private String source;

  private final BeastFrameSink sink =
      new BeastFrameSink() {
        @Override
        public void frame(int type, long ts, int signal, byte[] buf, int off, int len, long at) {
          if (type == '1') {
            return;
          }
          DecodeFailure f = decoder.decode(buf, off, len, receiveTime.toEpochMilli(), fields, source, at);
          if (f != null) {
            failures.accept(f);
            return;
          }
          Observation o = adapter.toObservation(fields, receiveTime, fields.knownNacp);
          if (o != null) {
            count++;
            observations.accept(o);
          }
        }

        @Override
        public void failure(DecodeFailure failure, int skippedBytes) {
          failures.accept(failure);
        }
      };

  /**
   * @param decoder the Mode S decoder (its receiver position enables local CPR decoding)
   * @param adapter builds the observations
   */
  public BeastObservationDecoder(ModeSDecoder decoder, ModeSObservationAdapter adapter) {
    this.decoder = decoder;
    this.adapter = adapter;
  }

  @Override
  public int decode(
      byte[] bytes, int off, int len, Instant receiveTime, String source, long sourceOffset,
      Consumer<Observation> observations, Consumer<DecodeFailure> failures) {
    this.receiveTime = receiveTime;
    this.observations = observations;
    this.failures = failures;
    this.source = source;
    this.count = 0;
    byte[] buf;
    int start;
    int n;
    long base;
    if (carry.length == 0) {
      buf = bytes;
      start = off;
      n = len;
      base = sourceOffset;
    } else {
      buf = new byte[carry.length + len];
      System.arraycopy(carry, 0, buf, 0, carry.length);
      System.arraycopy(bytes, off, buf, carry.length, len);
      start = 0;
      n = buf.length;
      base = sourceOffset - carry.length;
    }
    int used = reader.read(buf, start, n, false, source, base, sink);
    carry = java.util.Arrays.copyOfRange(buf, start + used, start + n);
    if (carry.length > 1 << 16) {
      failures.accept(new DecodeFailure(source, base + used, carry.length + " octets without a complete Beast frame"));
      carry = new byte[0];
    }
    return count;
  }
}
