package org.sargas.formats.asterix;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sargas.formats.DecodeFailure;

/** Test sink: keeps a projection of each record and every failure. */
final class CollectingSink<T> implements AsterixRecordSink {
  final List<T> records = new ArrayList<>();
  final List<DecodeFailure> failures = new ArrayList<>();
  int skipped;
  private final Function<AsterixRecordView, T> projection;

  CollectingSink(Function<AsterixRecordView, T> projection) {
    this.projection = projection;
  }

  @Override
  public void record(AsterixRecordView record) {
    records.add(projection.apply(record));
  }

  @Override
  public void failure(DecodeFailure failure, int skippedBytes) {
    failures.add(failure);
    skipped += skippedBytes;
  }
}
