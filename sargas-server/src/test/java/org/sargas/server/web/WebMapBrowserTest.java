package org.sargas.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.demo.DemoFeeds;
import org.sargas.server.security.Role;
import org.sargas.server.security.TestTokens;
import org.sargas.server.serve.ServeNode;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;
import org.sargas.sim.wire.ScaledClock;

/**
 * The operator's map in a real browser against a real {@code sargas demo}: the Su-30 scenario
 * streamed by the simulated sensors over loopback sockets, through the whole pipeline, into the
 * page. The operator sees tracks and the LTU alert, acknowledges it, opens the incident and replays
 * it; the offline basemap, a tile source from the node's configuration, the language menu, the
 * filter panel and the keyboard. Screenshots go to docs/images/. The first test sees the alerts
 * arrive, so it runs first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebMapBrowserTest {
  /** Scenario clock speed: the Su-30 crosses about 334 s into the scenario, 17 s of wall time. */
  private static final double SPEED = 20;

  private static final Path IMAGES = Path.of("..", "docs", "images");

  @TempDir static Path data;
  private static DemoFeeds feeds;
  private static ServeNode node;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void startDemo() throws Exception {
    HeadlessChromium.assumeInstalled();
    Scenario scenario = new ScenarioCatalog().find("lithuania-2025-su30").orElseThrow();
    ScaledClock clock = new ScaledClock(scenario.start(), SPEED);
    feeds = new DemoFeeds(scenario, clock);
    ServeConfig config =
        feeds.configure(
            ServeConfig.defaults()
                .withPort(0)
                .withDataDir(data.toString())
                // loopback (plain HTTP) and no anonymous role: the page must sign in
                .withWeb(ServeConfig.defaults().web().withAccess("127.0.0.1", null)));
    node = ServeNode.start(config, clock);
    feeds.start(
        id -> {
          try {
            return node.udpPort(id);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    chromium = HeadlessChromium.launch();
  }

  /** The operator's token: a commander (acknowledges and exports evidence) named duty-officer. */
  private static String token() {
    return new TestTokens(data).valid("duty-officer", Role.COMMANDER);
  }

  /** {@code url} as a sign-in link: the token rides in the fragment, as the demo prints it. */
  private static String signIn(String url) {
    return url + "#token=" + token();
  }

  /** The token as a request header (Playwright's request context is not the page). */
  private static RequestOptions bearer() {
    return RequestOptions.create().setHeader("Authorization", "Bearer " + token());
  }

  @AfterAll
  static void stop() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
    if (feeds != null) {
      feeds.close();
    }
    if (node != null) {
      node.close();
    }
  }

  @Test
  @Order(1)
  void operatorSeesAcknowledgesInvestigatesAndReplaysTheLithuanianIncursion() throws Exception {
    Page page = chromium.newPage(1600, 950);
    String base = "http://127.0.0.1:" + node.port();
    page.navigate(signIn(base + "/"));

    // the picture: borders, the protected zone and sensors from the server, live tracks over the
    // WebSocket
    page.waitForFunction(
        "() => window.__sargas && window.__sargas.picture.size > 0", null, timeout(60));
    assertThat(page.locator("[data-testid=conn]").textContent()).isEqualTo("connected");
    assertThat((Integer) page.evaluate("() => window.__sargas.state.sensors.length")).isPositive();
    assertThat(page.locator("[data-testid=counts]").textContent()).contains("tracks");

    // the early warning comes first, amber, with its predicted entry; then the LTU violation alert,
    // with the banner and the badge
    Locator warning = page.locator("[data-testid=alert][data-kind=EARLY_WARNING]").first();
    warning.waitFor(new Locator.WaitForOptions().setTimeout(90_000));
    assertThat(warning.getAttribute("class")).contains("tone-warning");
    assertThat(warning.locator("[data-testid=warning-detail]").textContent()).contains("LTU");
    Locator alert =
        page.locator(
                "[data-testid=alert][data-kind=VIOLATION]",
                new Page.LocatorOptions().setHasText("LTU"))
            .first();
    alert.waitFor(new Locator.WaitForOptions().setTimeout(90_000));
    String alertId = alert.getAttribute("data-alert-id");
    assertThat(alert.getAttribute("class"))
        .as("a violation is not styled as a warning")
        .contains("tone-critical");
    Locator thisAlert = page.locator("[data-testid=alert][data-alert-id='" + alertId + "']");
    assertThat(page.locator("[data-testid=banner]").isVisible()).isTrue();
    assertThat(page.locator("[data-testid=alert-badge]").textContent()).isNotEqualTo("0");
    // the violating track is drawn hostile (non-cooperative, inside national airspace)
    String trackId = thisAlert.getAttribute("data-track-id");
    page.waitForFunction(
        "id => window.__sargas.picture.identityOf(id) === 'HOSTILE'", trackId, timeout(30));
    assertThat(page.evaluate("id => window.__sargas.picture.functionOf(id)", trackId))
        .as("a non-cooperative Su-30 / IL-78 track is a fighter or a tanker / large aircraft")
        .isIn("MFF---", "MFK---");
    centreOn(page, 23.6, 55.05, 7.7);
    shot(page, "web-map-overview.png");
    centreOn(page, 22.70, 54.59, 10);
    shot(page, "web-map-alert.png");

    // acknowledge: the server records the operator, the alert leaves the NEW list
    // the operator's name comes from the token (no free-text field)
    page.waitForFunction(
        "() => document.querySelector('[data-testid=operator]').textContent === 'duty-officer'",
        null,
        timeout(15));
    // by id: the list is newest first, and the other aircraft's alert may have arrived on top
    // meanwhile
    page.locator("[data-testid=alert][data-alert-id='" + alertId + "'] [data-testid=ack]").click();
    page.waitForFunction(
        "id => { const a = window.__sargas.state.alerts.get(id); return a && a.state !== 'NEW'; }",
        alertId,
        timeout(15));
    APIResponse acked = page.request().get(base + "/api/alerts", bearer());
    assertThat(acked.text()).contains(alertId).contains("duty-officer");
    assertThat(page.locator("[data-testid=alert][data-alert-id='" + alertId + "']").count())
        .isZero();

    // the incident: entry, exit and maximum-depth points, facts, report and evidence links
    String violationId =
        (String) page.evaluate("id => window.__sargas.state.alerts.get(id).violationId", alertId);
    assertThat(violationId).isNotBlank();
    page.waitForFunction(
        "id => { const v = window.__sargas.state.violations.get(id); return v && v.exitTime; }",
        violationId,
        timeout(60));
    page.evaluate("id => window.__sargas.openIncident(id)", violationId);
    page.locator("[data-testid=incident-title]").waitFor();
    String facts = page.locator("[data-testid=incident-facts]").textContent();
    assertThat(facts).contains("LTU").contains("RUS").contains("Max depth");
    page.waitForFunction(
        "() => window.__sargas.map.getLayers().getArray()"
            + ".some(l => l.getSource && l.getSource() && l.getSource().getFeatures"
            + " && l.getSource().getFeatures().some(f => f.get('kind') === 'mark'))",
        null,
        timeout(20));
    String reportHref = page.locator("[data-testid=report-link]").getAttribute("href");
    APIResponse report = page.request().get(base + reportHref, bearer());
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.text()).containsIgnoringCase("<html");
    APIResponse evidence =
        page.request()
            .get(base + page.locator("[data-testid=evidence-link]").getAttribute("href"), bearer());
    assertThat(evidence.status()).isEqualTo(200);
    assertThat(evidence.body()).startsWith((byte) 'P', (byte) 'K');
    page.waitForTimeout(600);
    shot(page, "web-map-incident.png");

    // replay the incident: the slider moves, the violating track is back on the map
    page.locator("[data-testid=replay-incident]").click();
    page.waitForFunction(
        "() => document.querySelector('[data-testid=mode]').textContent === 'REPLAY'",
        null,
        timeout(20));
    page.waitForFunction(
        "() => Number(document.querySelector('[data-testid=replay-slider]').value) > 3",
        null,
        timeout(30));
    page.waitForFunction(
        "id => window.__sargas.picture.identityOf(id) === 'HOSTILE'", trackId, timeout(20));
    // the window opens a minute before the entry: at 10x the track reaches the border in about 6 s
    page.waitForFunction(
        "() => Number(document.querySelector('[data-testid=replay-slider]').value) >= 64",
        null,
        timeout(30));
    page.locator("[data-testid=replay-play]").click();
    assertThat(page.locator("[data-testid=replay-time]").textContent())
        .startsWith("2025-10-23T15:05:");
    assertThat(page.evaluate("id => window.__sargas.picture.get(id) !== undefined", trackId))
        .isEqualTo(true);
    shot(page, "web-map-replay.png");
    page.locator("[data-testid=replay-live]").click();
    assertThat(page.locator("[data-testid=mode]").textContent()).isEqualTo("LIVE");

    // the track table lists the live picture, selects a track and filters
    page.locator("[data-testid=tab-tracks]").click();
    Locator firstRow = page.locator("[data-testid=track-table] tbody tr").first();
    firstRow.waitFor(
        new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(10_000));
    int rows = page.locator("[data-testid=track-table] tbody tr").count();
    String firstId = firstRow.getAttribute("data-track-id");
    firstRow.click();
    assertThat(page.locator("[data-testid=track-details]").textContent()).startsWith(firstId);
    assertThat(page.evaluate("() => window.__sargas.picture.selectedId")).isEqualTo(firstId);
    page.locator("[data-testid=track-filter]").fill("no-such-track-xyz");
    page.waitForFunction(
        "() => document.querySelectorAll('[data-testid=track-table] tbody tr').length === 0",
        null,
        timeout(5));
    assertThat(rows).isPositive();
    List<?> logged = (List<?>) page.evaluate("() => window.__sargasErrors || []");
    assertThat(logged).isEmpty();
  }

  @Test
  @Order(2)
  void theBasemapIsOfflineAndItsLayersSwitch() throws Exception {
    Page page = chromium.newPage(1600, 950);
    java.util.Set<String> foreign = java.util.concurrent.ConcurrentHashMap.newKeySet();
    page.onRequest(
        r -> {
          if (!r.url().startsWith("http://127.0.0.1:") && !r.url().startsWith("data:")) {
            foreign.add(r.url());
          }
        });
    page.navigate(signIn("http://127.0.0.1:" + node.port() + "/?lang=en"));
    waitReady(page);
    page.waitForFunction("() => window.__sargas.basemap.counts().towns > 1000", null, timeout(30));
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> counts =
        (java.util.Map<String, Object>) page.evaluate("() => window.__sargas.basemap.counts()");
    assertThat(((Number) counts.get("lakes")).intValue()).isGreaterThan(1000);
    assertThat(((Number) counts.get("rivers")).intValue()).isGreaterThan(1000);
    assertThat(((Number) counts.get("sea")).intValue()).isPositive();
    assertThat(((Number) counts.get("airports")).intValue()).isGreaterThan(100);
    assertThat(
            page.evaluate(
                "() => window.__sargas.basemap.sources.towns.getFeatures()"
                    + ".some(f => f.get('n') === 'Druskininkai')"))
        .isEqualTo(true);
    assertThat(
            page.evaluate(
                "() => window.__sargas.basemap.sources.airports.getFeatures()"
                    + ".some(f => f.get('k') === 'runway' && f.get('icao') === 'EYVI')"))
        .isEqualTo(true);
    assertThat(foreign).as("the page asks nothing of the internet").isEmpty();
    // the data's credits are on the map (ODbL and CC BY ask for them)
    page.waitForFunction(
        "() => document.querySelector('.ol-attribution').textContent.includes('GeoNames')",
        null,
        timeout(10));
    assertThat(page.locator(".ol-attribution").textContent())
        .contains("OpenStreetMap")
        .contains("GeoNames")
        .contains("OurAirports");
    // the operator's layer switches (Display panel)
    page.locator("[data-testid=tab-display]").click();
    page.locator("[data-testid=layer-towns]").uncheck();
    assertThat(page.evaluate("() => window.__sargas.basemap.visible('towns')")).isEqualTo(false);
    assertThat(page.evaluate("() => window.__sargas.basemap.visible('airports')")).isEqualTo(true);
    page.locator("[data-testid=layer-towns]").check();
    page.locator("[data-testid=layer-graticule]").check();
    assertThat(page.evaluate("() => window.__sargas.basemap.graticule.getVisible()"))
        .isEqualTo(true);
    page.locator("[data-testid=layer-graticule]").uncheck();
    // the cursor readout gives MGRS; the measure tool distance and bearing
    centreOn(page, 24.0, 54.2, 9);
    page.mouse().move(600, 500);
    assertThat(page.locator("[data-testid=cursor]").textContent())
        .containsPattern("3[45]U [A-Z]{2} ");
    page.locator("[data-testid=measure]").click();
    page.waitForFunction("() => window.__sargas.measure.active", null, timeout(5));
    page.mouse().click(400, 500);
    // OpenLayers tells a single click 250 ms after it, once no second click made it a double click
    page.waitForFunction("() => window.__sargas.measure.start !== null", null, timeout(10));
    page.waitForTimeout(400);
    page.mouse().click(700, 300);
    page.waitForFunction(
        "() => document.querySelector('[data-testid=measure]').dataset.result", null, timeout(10));
    assertThat(page.locator("[data-testid=measure]").getAttribute("data-result"))
        .containsPattern("NM · [0-9.]+ km · bearing 0[0-9]{2}°");
    page.keyboard().press("Escape");
    shot(page, "web-map-basemap.png");
    assertThat((List<?>) page.evaluate("() => window.__sargasErrors || []")).isEmpty();
  }

  @Test
  @Order(3)
  void aTileSourceFromTheNodeConfigurationIsDrawnUnderTheMap() throws Exception {
    Page page = chromium.newPage(1200, 800);
    APIResponse cfg =
        page.request().get("http://127.0.0.1:" + node.port() + "/api/config", bearer());
    assertThat(cfg.text()).contains("\"web\"").contains("\"languages\"");
    // the node's /api/config as a node with web.tileUrl set would answer it
    String withTiles =
        cfg.text()
            .replace(
                "\"tileUrl\":null",
                "\"tileUrl\":\"http://127.0.0.1:" + node.port() + "/tiles/{z}/{x}/{y}.png\"");
    assertThat(withTiles).contains("/tiles/{z}");
    java.util.concurrent.atomic.AtomicInteger tiles =
        new java.util.concurrent.atomic.AtomicInteger();
    byte[] png = onePixelPng();
    page.route(
        "**/api/config",
        r ->
            r.fulfill(
                new com.microsoft.playwright.Route.FulfillOptions()
                    .setContentType("application/json")
                    .setBody(withTiles)));
    page.route(
        "**/tiles/**",
        r -> {
          tiles.incrementAndGet();
          r.fulfill(
              new com.microsoft.playwright.Route.FulfillOptions()
                  .setContentType("image/png")
                  .setBodyBytes(png));
        });
    page.navigate(signIn("http://127.0.0.1:" + node.port() + "/"));
    waitReady(page);
    page.waitForFunction("() => window.__sargas.basemap.tileLayer !== null", null, timeout(20));
    page.waitForTimeout(1500);
    assertThat(tiles.get()).as("tile requests").isPositive();
    assertThat(page.evaluate("() => window.__sargas.basemap.landLayer.getVisible()"))
        .as("the offline land fill steps aside for the tiles")
        .isEqualTo(false);
  }

  @Test
  @Order(3)
  void aPmtilesArchiveFromTheNodeConfigurationIsRead() throws Exception {
    Page page = chromium.newPage(1200, 800);
    String base = "http://127.0.0.1:" + node.port();
    String cfg = page.request().get(base + "/api/config", bearer()).text();
    String withTiles =
        cfg.replace("\"tileUrl\":null", "\"tileUrl\":\"" + base + "/tiles/baltic.pmtiles\"");
    byte[] archive = pmtilesArchive(onePixelPng());
    List<String> ranges = new java.util.concurrent.CopyOnWriteArrayList<>();
    page.route(
        "**/api/config",
        r ->
            r.fulfill(
                new com.microsoft.playwright.Route.FulfillOptions()
                    .setContentType("application/json")
                    .setBody(withTiles)));
    page.route(
        "**/tiles/baltic.pmtiles",
        r -> {
          // HTTP byte serving, as a static web server does for a .pmtiles file
          String range = r.request().headers().getOrDefault("range", "bytes=0-");
          ranges.add(range);
          String[] ab = range.replace("bytes=", "").split("-");
          int from = Integer.parseInt(ab[0]);
          int to =
              Math.min(
                  archive.length - 1, ab.length > 1 ? Integer.parseInt(ab[1]) : archive.length - 1);
          r.fulfill(
              new com.microsoft.playwright.Route.FulfillOptions()
                  .setStatus(206)
                  .setHeaders(
                      java.util.Map.of(
                          "Content-Type", "application/octet-stream",
                          "Content-Range", "bytes " + from + "-" + to + "/" + archive.length,
                          "Accept-Ranges", "bytes"))
                  .setBodyBytes(java.util.Arrays.copyOfRange(archive, from, to + 1)));
        });
    page.navigate(signIn(base + "/"));
    waitReady(page);
    page.waitForFunction(
        "() => window.__sargas.basemap.tileLayer && window.__sargas.basemap.tileLayer.get('kind') === 'pmtiles'",
        null,
        timeout(20));
    // the header and root directory first, then the one tile's bytes, at the end of the archive
    int tileOffset = archive.length - onePixelPng().length;
    for (int i = 0;
        i < 50 && ranges.stream().noneMatch(r -> r.startsWith("bytes=" + tileOffset + "-"));
        i++) {
      page.waitForTimeout(200);
    }
    assertThat(ranges.get(0)).startsWith("bytes=0-");
    assertThat(ranges).anyMatch(r -> r.startsWith("bytes=" + tileOffset + "-"));
    assertThat((List<?>) page.evaluate("() => window.__sargasErrors || []")).isEmpty();
  }

  /**
   * A PMTiles v3 archive holding one raster tile (z0/0/0): the 127-byte header, a root directory of
   * one entry, metadata "{}", the tile (https://github.com/protomaps/PMTiles/blob/main/spec/v3).
   */
  private static byte[] pmtilesArchive(byte[] png) {
    // the root directory: 1 entry — tile id 0, run length 1, the tile's length, offset 0 (as 0 + 1)
    java.io.ByteArrayOutputStream d = new java.io.ByteArrayOutputStream();
    d.write(1); // entries
    d.write(0); // tile id delta
    d.write(1); // run length
    writeVarint(d, png.length); // length
    d.write(1); // offset 0, written as offset + 1
    byte[] dir = d.toByteArray();
    byte[] meta = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.nio.ByteBuffer h =
        java.nio.ByteBuffer.allocate(127).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    h.put("PMTiles".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put((byte) 3);
    long rootOffset = 127;
    long metaOffset = rootOffset + dir.length;
    long dataOffset = metaOffset + meta.length;
    h.putLong(rootOffset).putLong(dir.length).putLong(metaOffset).putLong(meta.length);
    h.putLong(0).putLong(0).putLong(dataOffset).putLong(png.length);
    h.putLong(1).putLong(1).putLong(1);
    h.put((byte) 1).put((byte) 1).put((byte) 1).put((byte) 2); // clustered, no compression, PNG
    h.put((byte) 0).put((byte) 0); // min zoom, max zoom
    h.putInt(-1_800_000_000).putInt(-850_000_000).putInt(1_800_000_000).putInt(850_000_000);
    h.put((byte) 0).putInt(0).putInt(0);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes(h.array());
    out.writeBytes(dir);
    out.writeBytes(meta);
    out.writeBytes(png);
    return out.toByteArray();
  }

  private static void writeVarint(java.io.ByteArrayOutputStream out, long v) {
    while (v >= 0x80) {
      out.write((int) (v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.write((int) v);
  }

  @Test
  @Order(4)
  void theOperatorSwitchesLanguageAndFiltersThePicture() throws Exception {
    Page page = chromium.newPage(1600, 950);
    String base = "http://127.0.0.1:" + node.port();
    page.navigate(signIn(base + "/?lang=lt"));
    waitReady(page);
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("lt");
    assertThat(page.locator("[data-testid=tab-tracks]").textContent()).isEqualTo("Objektai");
    assertThat(page.locator("[data-testid=mode]").textContent()).isEqualTo("TIESIOGIAI");
    page.waitForFunction("() => window.__sargas.picture.size > 0", null, timeout(60));
    assertThat(page.locator("[data-testid=counts]").textContent()).startsWith("Objektų:");
    // the menu: Polish, kept for the next visit
    page.locator("[data-testid=lang]").selectOption("pl");
    page.waitForURL("**lang=pl**");
    waitReady(page);
    assertThat(page.locator("[data-testid=tab-alerts]").textContent()).startsWith("Alarmy");
    assertThat(page.locator("[data-testid=tab-filter]").textContent()).isEqualTo("Filtr");
    // the incident report in Polish, from the page's own link
    page.waitForFunction(
        "() => [...window.__sargas.state.violations.values()].length > 0", null, timeout(120));
    String violationId =
        (String)
            page.evaluate("() => [...window.__sargas.state.violations.values()][0].violationId");
    page.evaluate("id => window.__sargas.openIncident(id)", violationId);
    String href = page.locator("[data-testid=report-link]").getAttribute("href");
    assertThat(href).endsWith("&lang=pl");
    String report = page.request().get(base + href, bearer()).text();
    assertThat(report)
        .contains("<html lang=\"pl\">")
        .contains("Naruszenie przestrzeni powietrznej")
        .contains(" UTC");

    // the filter panel: hostile tracks only, on the map and in the table
    page.locator("[data-testid=tab-filter]").click();
    page.locator("[data-testid=filter-identity-HOSTILE]").check();
    page.waitForFunction(
        "() => { const p = window.__sargas.picture; return p.tracks().every(t =>"
            + " p.passes(t.trackId) === (p.identityOf(t.trackId) === 'HOSTILE')); }",
        null,
        timeout(10));
    assertThat(page.locator("[data-testid=filter-summary]").textContent())
        .startsWith("Warunki filtra spełnia");
    page.locator("[data-testid=tab-tracks]").click();
    page.waitForTimeout(1200);
    // one look at rows and picture together (row by row, a track can leave the picture between
    // two round trips: it was hostile when the table drew it)
    List<?> notHostile =
        (List<?>)
            page.evaluate(
                "() => [...document.querySelectorAll('[data-testid=track-table] tbody tr')]"
                    + ".map(r => r.dataset.trackId).filter(id => {"
                    + " const i = window.__sargas.picture.identityOf(id);"
                    + " return i !== undefined && i !== 'HOSTILE'; })");
    assertThat(notHostile).isEmpty();
    centreOn(page, 23.6, 55.05, 7.7);
    shot(page, "web-map-filter-pl.png");
    page.locator("[data-testid=tab-filter]").click();
    page.locator("[data-testid=filter-clear]").click();
    page.waitForFunction(
        "() => { const p = window.__sargas.picture; return p.tracks().every(t => p.passes(t.trackId)); }",
        null,
        timeout(10));
    // keyboard: N steps to the next new alert and hooks its track; Esc releases it
    page.locator("[data-testid=map]").click(new Locator.ClickOptions().setPosition(5, 300));
    page.keyboard().press("n");
    page.waitForFunction("() => window.__sargas.hooked() !== null", null, timeout(10));
    page.keyboard().press("Escape");
    assertThat(page.evaluate("() => window.__sargas.hooked()")).isNull();
    // P: the day palette for a bright room, and back
    page.keyboard().press("p");
    assertThat(page.locator("body").getAttribute("class")).contains("day");
    page.keyboard().press("p");
    assertThat(page.locator("body").getAttribute("class")).contains("night");
    // back to English for the other tests sharing this browser's storage
    page.evaluate("() => localStorage.removeItem('sargas.lang')");
    assertThat((List<?>) page.evaluate("() => window.__sargasErrors || []")).isEmpty();
  }

  @Test
  @Order(5)
  void theLithuanianMapNamesTownsLakesAndRivers() throws Exception {
    Page page = chromium.newPage(1600, 950);
    page.navigate(signIn("http://127.0.0.1:" + node.port() + "/?lang=lt&at=24.2,54.45,8.6"));
    waitReady(page);
    page.waitForFunction("() => window.__sargas.basemap.counts().towns > 1000", null, timeout(30));
    page.waitForTimeout(800);
    shot(page, "web-map-basemap-lt.png");
  }

  private static void waitReady(Page page) {
    page.waitForFunction("() => window.__sargas && window.__sargas.ready", null, timeout(60));
  }

  private static byte[] onePixelPng() throws java.io.IOException {
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(256, 256, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  private static void centreOn(Page page, double lon, double lat, double zoom) {
    page.evaluate(
        "([lon, lat, zoom]) => { const v = window.__sargas.map.getView();"
            + " v.setCenter([6378137 * lon * Math.PI / 180, 6378137 * Math.log(Math.tan(Math.PI / 4 + lat * Math.PI / 360))]);"
            + " v.setZoom(zoom); }",
        List.of(lon, lat, zoom));
    page.waitForTimeout(500);
  }

  private static void shot(Page page, String name) throws Exception {
    if (Files.isDirectory(IMAGES)) {
      page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve(name)));
    }
  }

  private static Page.WaitForFunctionOptions timeout(int seconds) {
    return new Page.WaitForFunctionOptions().setTimeout(seconds * 1000.0).setPollingInterval(200);
  }
}
