package org.sargas.server.config;

import java.util.List;
import java.util.Locale;

/**
 * The node's web server (docs/serve.md, {@code web:}): what the web map shows (the page reads it
 * from {@code GET /api/config}) and who may reach it (docs/security.md).
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
 * @param bindAddress the address the HTTP/WebSocket server listens on (default {@code 0.0.0.0})
 * @param tls TLS of the web server (default: on with a self-signed certificate unless loopback)
 * @param anonymousRole the role of a request without a token: null (default: 401), or {@code
 *     viewer}, accepted only when {@code bindAddress} is a loopback address (the demo)
 * @param corsOrigins origins allowed to call the API from other pages' scripts (default none: CORS
 *     closed)
 * @param auth the trusted token issuers
 */
public record WebSettings(
    String tileUrl,
    String tileAttribution,
    String tileName,
    Integer tileMaxZoom,
    List<String> languages,
    List<String> friendlyMode3a,
    List<String> friendlyCallsignPrefixes,
    String bindAddress,
    TlsSettings tls,
    String anonymousRole,
    List<String> corsOrigins,
    AuthSettings auth) {

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
    bindAddress = bindAddress == null || bindAddress.isBlank() ? "0.0.0.0" : bindAddress.trim();
    tls = tls == null ? TlsSettings.defaults() : tls;
    anonymousRole =
        anonymousRole == null || anonymousRole.isBlank()
            ? null
            : anonymousRole.trim().toLowerCase(Locale.ROOT);
    corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
    auth = auth == null ? AuthSettings.defaults() : auth;
  }

  /** The map settings alone; the server's address, TLS and access keep their defaults. */
  public WebSettings(
      String tileUrl,
      String tileAttribution,
      String tileName,
      Integer tileMaxZoom,
      List<String> languages,
      List<String> friendlyMode3a,
      List<String> friendlyCallsignPrefixes) {
    this(
        tileUrl,
        tileAttribution,
        tileName,
        tileMaxZoom,
        languages,
        friendlyMode3a,
        friendlyCallsignPrefixes,
        null,
        null,
        null,
        null,
        null);
  }

  /** A copy listening on {@code address} with {@code role} for requests without a token. */
  public WebSettings withAccess(String address, String role) {
    return new WebSettings(
        tileUrl,
        tileAttribution,
        tileName,
        tileMaxZoom,
        languages,
        friendlyMode3a,
        friendlyCallsignPrefixes,
        address,
        tls,
        role,
        corsOrigins,
        auth);
  }

  /**
   * Whether {@link #bindAddress} is a loopback address (127.0.0.0/8, ::1, localhost): only local
   * processes can reach the server.
   */
  public boolean loopbackOnly() {
    String a = bindAddress.toLowerCase(Locale.ROOT);
    return a.equals("localhost") || a.equals("::1") || a.equals("[::1]") || a.startsWith("127.");
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
    if (anonymousRole != null) {
      if (!anonymousRole.equals("viewer")) {
        out.add("web.anonymousRole may only be viewer (got " + anonymousRole + ")");
      }
      if (!loopbackOnly()) {
        out.add(
            "web.anonymousRole needs a loopback web.bindAddress (127.0.0.1): anonymous access is"
                + " for a demo on this machine, never for a network (got "
                + bindAddress
                + ")");
      }
    }
    if (!List.of("auto", "on", "off").contains(tls.mode())) {
      out.add("web.tls.mode must be auto, on or off (got " + tls.mode() + ")");
    }
    if (tls.keyStore() != null && tls.keyStorePasswordFile() == null) {
      out.add("web.tls.keyStore needs web.tls.keyStorePasswordFile");
    }
    if (!auth.localIssuer() && auth.issuers().isEmpty()) {
      out.add("web.auth: no token issuer (localIssuer is false and no issuers are configured)");
    }
    for (IssuerSettings i : auth.issuers()) {
      if (i.issuer() == null || i.issuer().isBlank()) {
        out.add("web.auth.issuers: an issuer needs its iss value (issuer:)");
      }
      if (i.jwksUrl() == null
          || !(i.jwksUrl().startsWith("https://")
              || i.jwksUrl().startsWith("file:")
              || i.jwksUrl().startsWith("http://127.0.0.1")
              || i.jwksUrl().startsWith("http://localhost"))) {
        out.add(
            "web.auth.issuers: "
                + i.issuer()
                + ": jwksUrl must be https:, file: or loopback http: (got "
                + i.jwksUrl()
                + ")");
      }
    }
    for (String o : corsOrigins) {
      if (!o.matches("https?://[^/*]+")) {
        out.add("web.corsOrigins: " + o + " is not an origin (scheme://host[:port], no wildcard)");
      }
    }
    return out;
  }
}
