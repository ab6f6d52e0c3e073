package org.sargas.server.config;

import java.util.List;
import java.util.Locale;

/**
 * What the web map of a node shows (docs/serve.md, {@code web:}); the page reads it from {@code GET
 * /api/config}.
 *
 * @param tileUrl an XYZ tile template ({@code https://tiles.example/{z}/{x}/{y}.png}) or a raster
 *     PMTiles archive ({@code https://maps.example/baltic.pmtiles}, served with HTTP range
 *     requests) drawn under the map, online or self-hosted; null (default) for the offline basemap
 *     alone
 * @param tileAttribution the credit the tile source requires, shown on the map
 * @param tileName a short name of the tile source for the layer menu (default "tiles")
 * @param tileMaxZoom the highest zoom level the tile source serves (default 19)
 * @param languages the languages offered in the page's menu, ISO 639-1, in order; the first is used
 *     when the browser asks for none of them (default en, lt, pl, et, lv)
 * @param friendlyMode3a Mode 3/A codes (octal, four digits) drawn FRIEND
 * @param friendlyCallsignPrefixes callsign prefixes drawn FRIEND
 */
public record WebSettings(
    String tileUrl,
    String tileAttribution,
    String tileName,
    Integer tileMaxZoom,
    List<String> languages,
    List<String> friendlyMode3a,
    List<String> friendlyCallsignPrefixes) {

  /** The languages the page and the HTML report speak. */
  public static final List<String> SUPPORTED_LANGUAGES = List.of("en", "lt", "pl", "et", "lv");

  public WebSettings {
    tileUrl = tileUrl == null || tileUrl.isBlank() ? null : tileUrl.trim();
    tileName = tileName == null || tileName.isBlank() ? "tiles" : tileName;
    tileMaxZoom = tileMaxZoom == null ? 19 : tileMaxZoom;
    languages =
        languages == null || languages.isEmpty()
            ? SUPPORTED_LANGUAGES
            : languages.stream().map(l -> l.trim().toLowerCase(Locale.ROOT)).toList();
    friendlyMode3a = friendlyMode3a == null ? List.of() : List.copyOf(friendlyMode3a);
    friendlyCallsignPrefixes =
        friendlyCallsignPrefixes == null ? List.of() : List.copyOf(friendlyCallsignPrefixes);
  }

  /** The defaults: offline basemap only, every supported language. */
  public static WebSettings defaults() {
    return new WebSettings(null, null, null, null, null, null, null);
  }

  /**
   * What is wrong with these settings, one plain sentence each (empty when nothing): an unsupported
   * language, a tile URL that is not http(s) or neither an XYZ template nor a {@code .pmtiles}
   * archive, a zoom outside 0..24, a Mode 3/A code that is not four octal digits.
   */
  public List<String> problems() {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    for (String l : languages) {
      if (!SUPPORTED_LANGUAGES.contains(l)) {
        out.add(
            "web.languages: "
                + l
                + " is not a supported language (supported: "
                + String.join(", ", SUPPORTED_LANGUAGES)
                + ")");
      }
    }
    if (tileUrl != null) {
      if (!tileUrl.startsWith("http://") && !tileUrl.startsWith("https://")) {
        out.add("web.tileUrl must start with http:// or https:// (got " + tileUrl + ")");
      }
      boolean xyz =
          tileUrl.contains("{z}")
              && tileUrl.contains("{x}")
              && (tileUrl.contains("{y}") || tileUrl.contains("{-y}"));
      boolean pmtiles = tileUrl.toLowerCase(Locale.ROOT).matches(".*\\.pmtiles(\\?.*)?");
      if (!xyz && !pmtiles) {
        out.add(
            "web.tileUrl must be an XYZ template with {z}, {x} and {y}, or a .pmtiles archive (got "
                + tileUrl
                + ")");
      }
    }
    if (tileMaxZoom < 0 || tileMaxZoom > 24) {
      out.add("web.tileMaxZoom must be between 0 and 24 (got " + tileMaxZoom + ")");
    }
    for (String code : friendlyMode3a) {
      if (!code.matches("[0-7]{4}")) {
        out.add("web.friendlyMode3a: " + code + " is not a Mode 3/A code (four octal digits)");
      }
    }
    return out;
  }
}
