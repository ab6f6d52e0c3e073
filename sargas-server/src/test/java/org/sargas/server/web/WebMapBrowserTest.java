package org.sargas.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.demo.DemoFeeds;
import org.sargas.server.serve.ServeNode;
import org.sargas.sim.scenario.Scenario;
import org.sargas.sim.scenario.ScenarioCatalog;
import org.sargas.sim.wire.ScaledClock;

/**
 * The operator's map in a real browser against a real {@code sargas demo}: the Su-30 scenario
 * streamed by the simulated sensors over loopback sockets, through the whole pipeline, into the
 * page. The operator sees tracks and the LTU alert, acknowledges it, opens the incident and replays
 * it. Screenshots go to docs/images/.
 */
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
        feeds.configure(ServeConfig.defaults().withPort(0).withDataDir(data.toString()));
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
  void operatorSeesAcknowledgesInvestigatesAndReplaysTheLithuanianIncursion() throws Exception {
    Page page = chromium.newPage(1600, 950);
    String base = "http://127.0.0.1:" + node.port();
    page.navigate(base + "/");

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
    page.locator("[data-testid=operator]").fill("duty-officer");
    page.locator("[data-testid=operator]").dispatchEvent("change");
    // by id: the list is newest first, and the other aircraft's alert may have arrived on top
    // meanwhile
    page.locator("[data-testid=alert][data-alert-id='" + alertId + "'] [data-testid=ack]").click();
    page.waitForFunction(
        "id => { const a = window.__sargas.state.alerts.get(id); return a && a.state !== 'NEW'; }",
        alertId,
        timeout(15));
    APIResponse acked = page.request().get(base + "/api/alerts");
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
    APIResponse report = page.request().get(base + reportHref);
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.text()).containsIgnoringCase("<html");
    APIResponse evidence =
        page.request().get(base + page.locator("[data-testid=evidence-link]").getAttribute("href"));
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
