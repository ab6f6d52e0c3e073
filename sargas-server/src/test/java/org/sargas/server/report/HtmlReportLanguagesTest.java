package org.sargas.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.model.airspace.Violation;
import org.sargas.model.airspace.ViolationStatus;
import org.sargas.model.airspace.ZoneKind;
import org.sargas.model.geo.GeoPoint;

/** The HTML incident report in the five languages: every word translated, times UTC. */
class HtmlReportLanguagesTest {
  private static final Violation V =
      new Violation(
          "T0000002/LTU/1761233132489",
          "T0000002",
          "LTU",
          ZoneKind.NATIONAL_AIRSPACE,
          Instant.parse("2025-10-23T15:05:32.489Z"),
          new GeoPoint(54.59, 22.70, 6000),
          Instant.parse("2025-10-23T15:06:42Z"),
          new GeoPoint(54.66, 22.75, 6000),
          1234.5,
          Instant.parse("2025-10-23T15:06:05Z"),
          new GeoPoint(54.62, 22.74, 6000),
          1100.2,
          1380.7,
          "RUS",
          "RUS",
          0.9987,
          ViolationStatus.CONFIRMED,
          org.sargas.model.track.IdentityAssessment.automatic(
              org.sargas.model.track.StandardIdentity.HOSTILE,
              List.of(
                  "from a hostile territory without transponder: first seen over RUS, no"
                      + " transponder")));

  private static String render(String lang) {
    return new HtmlReport(CountryBorders.easternFlank()).render(V, List.of(), lang);
  }

  @Test
  void polish() {
    String html = render("pl");
    assertThat(html)
        .contains("<html lang=\"pl\">")
        .contains("Naruszenie przestrzeni powietrznej T0000002/LTU/1761233132489")
        .contains("Obiekt T0000002 wleciał do LTU od strony RUS 23.10.2025 15:05:32 UTC")
        .containsPattern("maksymalna głębokość 1.235 m \\(95 %: 1.100–1.381 m\\)")
        .contains("Czas wejścia")
        .contains("potwierdzone")
        .contains("Prawdopodobieństwo")
        .doesNotContain("Track T0000002 entered");
  }

  @Test
  void englishStaysAsItWasAndUnknownLanguagesFallBackToIt() {
    String html = render("en");
    assertThat(html)
        .contains("Track T0000002 entered LTU from RUS at 2025-10-23 15:05:32 UTC")
        .contains("maximum depth 1,235 m (95 %: 1,100–1,381 m)")
        .contains("max depth 1,235 m")
        .contains("node's incident store")
        .contains("Standard identity (STANAG 1241) at entry</th><td>hostile (HOSTILE)")
        .contains("first seen over RUS, no transponder")
        .contains("not an authority to engage");
    assertThat(render("de-DE")).isEqualTo(html);
    assertThat(render(null)).isEqualTo(html);
    assertThat(HtmlReport.language("LV-lv")).isEqualTo("lv");
  }

  @ParameterizedTest
  @ValueSource(strings = {"lt", "pl", "et", "lv"})
  void everyLanguageHasEveryWordOfTheEnglishReport(String lang) {
    ResourceBundle en = ResourceBundle.getBundle(ReportText.class.getName(), Locale.ROOT);
    ResourceBundle other = new ReportTextOwn(lang).bundle;
    assertThat(keys(other)).isEqualTo(keys(en));
    for (String k : keys(en)) {
      if (!k.equals("datetime.pattern")
          && !k.startsWith("fact.zone")
          && !k.equals("fact.status")
          && !k.equals("map.note")) {
        assertThat(other.getString(k)).as(lang + " " + k).isNotBlank();
      }
    }
    assertThat(render(lang)).contains("<html lang=\"" + lang + "\">").contains(" UTC");
  }

  private static Set<String> keys(ResourceBundle b) {
    Set<String> out = new TreeSet<>();
    Enumeration<String> e = b.getKeys();
    out.addAll(Collections.list(e));
    return out;
  }

  /** The language's own bundle class, without the base bundle's keys mixed in. */
  private static final class ReportTextOwn {
    final ResourceBundle bundle;

    ReportTextOwn(String lang) {
      try {
        bundle =
            (ResourceBundle)
                Class.forName(ReportText.class.getName() + "_" + lang)
                    .getDeclaredConstructor()
                    .newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
