package org.sargas.formats.asterix;

import org.sargas.formats.DecodeFailure;

/** Receives what {@link AsterixDecoder} finds in a datagram, in order. */
public interface AsterixRecordSink {
  /**
   * One well-formed record. The view is reused: it is valid only during this call.
   *
   * @param record the record's items
   */
  void record(AsterixRecordView record);

  /**
   * Something that could not be decoded; the decoder continues with the next data block.
   *
   * @param failure what, where and why
   * @param skippedBytes octets of input abandoned because of it
   */
  void failure(DecodeFailure failure, int skippedBytes);
}
