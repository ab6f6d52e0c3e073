package org.sargas.formats.feed;

import java.util.List;
import org.sargas.formats.ObservationDecoder;
import org.sargas.formats.SensorCalibration;
import org.sargas.formats.asterix.editions.AsterixEditions;
import org.sargas.formats.asterix.observation.AsterixObservationDecoder;
import org.sargas.formats.modes.AvrObservationDecoder;
import org.sargas.formats.modes.BeastObservationDecoder;
import org.sargas.formats.modes.SbsObservationDecoder;
import org.sargas.formats.remoteid.RemoteIdObservationDecoder;
import org.sargas.formats.sapient.SapientObservationDecoder;
import org.sargas.model.frame.FrameFormat;

/** The one place that picks the {@link ObservationDecoder} of a wire format. */
public final class ObservationDecoders {
  private ObservationDecoders() {}

  /**
   * A new decoder for one feed.
   *
   * @param format the feed's wire format
   * @param sensors every configured sensor (ASTERIX finds its sensors among them by SAC/SIC)
   * @param receiver the feed's own sensor: required for Beast, AVR, SBS, Remote ID (a receiver
   *     feed) and SAPIENT (the node on the connection), ignored for ASTERIX
   * @throws IllegalArgumentException for a format no decoder reads yet, or a receiver feed without
   *     its receiver
   */
  public static ObservationDecoder forFeed(
      FrameFormat format, List<SensorCalibration> sensors, SensorCalibration receiver) {
    if (format == FrameFormat.ASTERIX) {
      return new AsterixObservationDecoder(AsterixEditions.latest(), sensors);
    }
    if (receiver == null) {
      throw new IllegalArgumentException(format + " feeds need their receiver's sensor");
    }
    return switch (format) {
      case BEAST -> new BeastObservationDecoder(receiver);
      case AVR -> new AvrObservationDecoder(receiver);
      case SBS -> new SbsObservationDecoder(receiver);
      case REMOTE_ID -> new RemoteIdObservationDecoder(receiver);
      case SAPIENT -> new SapientObservationDecoder(receiver);
      default -> throw new IllegalArgumentException("no observation decoder for " + format);
    };
  }
}
