package org.sargas.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The {@code web:} section: defaults, a tile source and languages, and what is refused. */
class WebSettingsTest {
  private static ServeConfig read(String yaml) throws Exception {
    return ServeConfig.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  @Test
  void defaultsOfferTheOfflineBasemapAndEveryLanguage() {
    WebSettings w = ServeConfig.defaults().web();
    assertThat(w.tileUrl()).isNull();
    assertThat(w.languages()).containsExactly("en", "lt", "pl", "et", "lv");
    assertThat(w.problems()).isEmpty();
  }

  @Test
  void aTileSourceAndLanguagesAreRead() throws Exception {
    ServeConfig c =
        read(
            """
            web:
              tileUrl: "https://tiles.example.lt/{z}/{x}/{y}.png"
              tileAttribution: "© example"
              languages: [LT, en]
              friendlyMode3a: ["4521"]
            """);
    assertThat(c.web().tileUrl()).isEqualTo("https://tiles.example.lt/{z}/{x}/{y}.png");
    assertThat(c.web().languages()).containsExactly("lt", "en");
    assertThat(c.web().friendlyMode3a()).containsExactly("4521");
    assertThat(c.withPort(9).web()).isEqualTo(c.web());
  }

  @Test
  void badSettingsAreRefusedInPlainWords() {
    assertThatThrownBy(() -> read("web: {languages: [en, de], tileUrl: \"tiles/{z}/{x}/{y}.png\"}"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("de is not a supported language")
        .hasMessageContaining("web.tileUrl must start with http:// or https://");
    assertThatThrownBy(() -> read("web: {tileUrl: \"https://tiles.example/{z}/{x}.png\"}"))
        .hasMessageContaining("or a .pmtiles archive");
    assertThat(
            new WebSettings(
                    "https://maps.example/baltic.pmtiles", null, null, null, null, null, null)
                .problems())
        .isEmpty();
    assertThatThrownBy(() -> read("web: {friendlyMode3a: [\"8888\"]}"))
        .hasMessageContaining("8888 is not a Mode 3/A code");
  }
}
