package org.sargas.server.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, headless, with the flags that keep it off the network
 * (docs/web.md). Playwright's own browser download is disabled: this machine cannot reach it.
 */
final class HeadlessChromium implements AutoCloseable {
  /** The browser binary; {@code -Dsargas.chromium=PATH} overrides. */
  static final Path CHROMIUM = Path.of(System.getProperty("sargas.chromium", "/usr/bin/chromium"));

  private static final List<String> FLAGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--enable-unsafe-swiftshader");

  private final Playwright playwright;
  private final Browser browser;

  private HeadlessChromium() {
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(FLAGS));
  }

  /** Skips the calling test, with the reason, when Chromium is not installed. */
  static void assumeInstalled() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM),
        "browser test skipped: no Chromium at "
            + CHROMIUM
            + " (apt-get install chromium, as .ci/run does, or -Dsargas.chromium=PATH)");
  }

  static HeadlessChromium launch() {
    assumeInstalled();
    return new HeadlessChromium();
  }

  /** A fresh page in its own context, of the given viewport size. */
  Page newPage(int widthPx, int heightPx) {
    BrowserContext ctx =
        browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(widthPx, heightPx)
                .setAcceptDownloads(true));
    return ctx.newPage();
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
