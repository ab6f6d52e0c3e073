package org.sargas.formats.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sargas.formats.remoteid.RemoteIdDecoder;
import org.sargas.formats.remoteid.RemoteIdMessage;
import org.sargas.formats.remoteid.RemoteIdObservationAdapter;

/** Any octets as a Remote ID message or Message Pack: decoder and adapter never throw. */
class RemoteIdFuzzTest {
  private static final RemoteIdObservationAdapter ADAPTER =
      new RemoteIdObservationAdapter("fuzz", 30);

  @FuzzTest(maxDuration = "10m")
  void decodeMessage(byte[] data) {
    List<RemoteIdMessage> out = new ArrayList<>();
    RemoteIdDecoder.decode(data, 0, data.length, "fuzz", 0, out::add);
    ADAPTER.toObservation(out, Instant.EPOCH);
  }
}
