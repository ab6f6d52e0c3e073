package org.sargas.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Frame time of the web map with N synthetic tracks moved once a second (client-side feed, {@code
 * ?synthetic=N&bench=S}), the view panned every frame. A measurement, not a test: it runs only with
 * {@code -Dsargas.webBench=true} and prints the figures (docs/benchmarks.md, "Web map"). {@code
 * -Dsargas.webBench.tracks=10000}, {@code -Dsargas.webBench.seconds=20} set the load; {@code
 * -Dsargas.webBench.variants=draw=tlsx,dense=100000} lists query variants, one run each ({@code
 * draw}: t trails, l leaders, s symbols, x labels; {@code dense}: symbols up to that many in view).
 */
class WebMapFrameTimeBench {
  @Test
  void frameTimeWithSyntheticTracks() throws Exception {
    Assumptions.assumeTrue(
        Boolean.getBoolean("sargas.webBench"),
        "web map benchmark: run with -Dsargas.webBench=true");
    int tracks = Integer.getInteger("sargas.webBench.tracks", 10_000);
    int seconds = Integer.getInteger("sargas.webBench.seconds", 20);
    String[] variants = System.getProperty("sargas.webBench.variants", "draw=tlsx").split(",");
    try (StaticWebServer web = new StaticWebServer();
        HeadlessChromium chromium = HeadlessChromium.launch()) {
      for (String variant : variants) {
        Page page = chromium.newPage(1600, 900);
        page.navigate(web.url() + "?synthetic=" + tracks + "&bench=" + seconds + "&" + variant);
        page.waitForFunction(
            "() => window.__sargasBench !== undefined",
            null,
            new Page.WaitForFunctionOptions().setTimeout((seconds + 60) * 1000.0));
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) page.evaluate("() => window.__sargasBench");
        Object renderer =
            page.evaluate(
                "() => { const c = document.createElement('canvas').getContext('webgl');"
                    + " const e = c && c.getExtension('WEBGL_debug_renderer_info');"
                    + " return c ? (e ? c.getParameter(e.UNMASKED_RENDERER_WEBGL) : 'webgl') : 'no webgl'; }");
        System.out.printf(
            "web map, %d tracks updated 1/s, %d s panning every frame, %s, renderer %s:%n%s%n",
            tracks, seconds, variant, renderer, r);
        Path shot = Path.of("..", "docs", "images", "web-map-10k-tracks.png");
        if (variant.equals(variants[0]) && Files.isDirectory(shot.getParent())) {
          page.screenshot(new Page.ScreenshotOptions().setPath(shot));
        }
        assertThat(((Number) r.get("frames")).intValue()).isPositive();
        page.context().close();
      }
    }
  }
}
