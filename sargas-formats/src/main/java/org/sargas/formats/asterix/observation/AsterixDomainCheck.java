package org.sargas.formats.asterix.observation;

import java.util.function.Consumer;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.cat001.Cat001View;
import org.sargas.formats.asterix.cat002.Cat002View;
import org.sargas.formats.asterix.cat021.Cat021View;
import org.sargas.formats.asterix.cat034.Cat034View;
import org.sargas.formats.asterix.cat048.Cat048View;
import org.sargas.formats.asterix.cat062.Cat062View;
import org.sargas.formats.asterix.cat063.Cat063View;

/**
 * The physical-domain check of any decoded ASTERIX record, by category: the {@code
 * domainViolations} of {@link Cat048View}, {@link Cat021View}, {@link Cat062View}, {@link
 * Cat034View}, {@link Cat063View}, {@link Cat001View} and {@link Cat002View}; other categories have
 * no checked values. For tools that handle records without turning them into observations ({@code
 * sargas decode}); {@link AsterixObservationDecoder} checks the same values itself. Not thread-safe
 * (it owns reusable views).
 */
public final class AsterixDomainCheck {
  private final Cat048View v048 = new Cat048View();
  private final Cat021View v021 = new Cat021View();
  private final Cat062View v062 = new Cat062View();
  private final Cat034View v034 = new Cat034View();
  private final Cat063View v063 = new Cat063View();
  private final Cat001View v001 = new Cat001View();
  private final Cat002View v002 = new Cat002View();

  /**
   * Reports every value of {@code record} outside its domain.
   *
   * @param source feed or file name for the failures
   * @param failures receives one failure per value, at its item's offset; null to only count
   * @return the number of values outside their domain
   */
  public int check(AsterixRecordView record, String source, Consumer<DecodeFailure> failures) {
    return switch (record.category()) {
      case 48 -> v048.wrap(record).domainViolations(source, failures);
      case 21 -> v021.wrap(record).domainViolations(source, failures);
      case 62 -> v062.wrap(record).domainViolations(source, failures);
      case 34 -> v034.wrap(record).domainViolations(source, failures);
      case 63 -> v063.wrap(record).domainViolations(source, failures);
      case 1 -> v001.wrap(record).domainViolations(source, failures);
      case 2 -> v002.wrap(record).domainViolations(source, failures);
      default -> 0;
    };
  }
}
