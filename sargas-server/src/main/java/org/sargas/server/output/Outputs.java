package org.sargas.server.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.Violation;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.Track;
import org.sargas.server.api.ApiJson;
import org.sargas.server.config.ConfigException;
import org.sargas.server.config.OutputConfig;
import org.sargas.server.ingest.ReconnectBackoff;
import org.sargas.server.live.PicturePublisher;
import org.sargas.server.live.SensorView;
import org.sargas.server.live.ServeMetrics;
import org.sargas.store.incident.Acknowledgement;

/**
 * The node's configured outputs: picture outputs run on one scheduler thread, each at its update
 * rate; alert webhooks receive every alert the pipeline raises or an operator acknowledges (as a
 * {@link PicturePublisher}, after the alert is durable). Owns the transports; {@link #close} stops
 * them all.
 */
public final class Outputs implements PicturePublisher, AutoCloseable {
  private final List<PictureOutput> pictureOutputs = new ArrayList<>();
  private final List<AlertWebhook> webhooks = new ArrayList<>();
  private final ScheduledExecutorService scheduler;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * Opens the transports and starts the schedule.
   *
   * @param picture the live tracks (confirmed and coasting)
   * @param systemOrigin origin of the CAT062 system plane (the region origin)
   * @param env environment lookup for secrets ({@code System::getenv} in production)
   * @throws ConfigException when an output cannot be opened (unknown host, unreadable TLS store)
   */
  public Outputs(
      List<OutputConfig> configs,
      Supplier<List<Track>> picture,
      InstantSource clock,
      GeoPoint systemOrigin,
      ServeMetrics metrics,
      Function<String, String> env) {
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("sargas-outputs").unstarted(r));
    try {
      for (OutputConfig c : configs) {
        if ("webhook".equals(c.format())) {
          addWebhook(c, metrics, env);
        } else {
          addPictureOutput(c, picture, clock, systemOrigin, metrics, env);
        }
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private void addWebhook(OutputConfig c, ServeMetrics metrics, Function<String, String> env) {
    String secret = c.secret() != null ? c.secret() : env.apply(c.secretEnv());
    AlertWebhook w =
        new AlertWebhook(
            c.id(),
            URI.create(c.url()),
            secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8),
            c.maxAttempts(),
            Duration.ofMillis((long) (c.retryInitialS() * 1000)));
    webhooks.add(w);
    String l = "output=\"" + c.id() + "\",result=";
    String d = "Alert webhook deliveries by result";
    metrics.gauge("sargas_webhook_deliveries", l + "\"delivered\"", d, w::delivered);
    metrics.gauge("sargas_webhook_deliveries", l + "\"given_up\"", d, w::givenUp);
    metrics.gauge("sargas_webhook_deliveries", l + "\"dropped\"", d, w::dropped);
    metrics.gauge(
        "sargas_webhook_failed_attempts",
        "output=\"" + c.id() + "\"",
        "Webhook attempts that failed (each retry counts)",
        w::failedAttempts);
  }

  private void addPictureOutput(
      OutputConfig c,
      Supplier<List<Track>> picture,
      InstantSource clock,
      GeoPoint systemOrigin,
      ServeMetrics metrics,
      Function<String, String> env) {
    String host = c.multicastGroup() != null ? c.multicastGroup() : c.host();
    InetSocketAddress target = new InetSocketAddress(host, c.port());
    if (target.isUnresolved()) {
      throw new ConfigException("output " + c.id() + ": unknown host " + host);
    }
    boolean udp = "udp".equals(c.transport());
    OutputTransport transport;
    if (udp) {
      transport = new UdpTransport(c.id(), target, c.ttl());
    } else {
      SSLContext tls = null;
      if ("tls".equals(c.transport())) {
        String pw = env.apply(c.storePasswordEnv());
        tls =
            TlsContexts.client(
                c.trustStore(), c.keyStore(), pw == null ? new char[0] : pw.toCharArray());
      }
      transport =
          new StreamTransport(
              c.id(),
              target,
              tls,
              new ReconnectBackoff(Duration.ofMillis(500), Duration.ofSeconds(30)),
              10_000);
    }
    PictureEncoder encoder =
        switch (c.format()) {
          case "asterix-cat062" ->
              new Cat062PictureEncoder(c.sac(), c.sic(), systemOrigin, c.statusIntervalS());
          default -> {
            CotPictureEncoder.Form form =
                "cot-xml".equals(c.format())
                    ? CotPictureEncoder.Form.XML
                    : udp ? CotPictureEncoder.Form.TAK_MESH : CotPictureEncoder.Form.TAK_STREAM;
            Function<Instant, Duration> shift =
                c.wallClockTimes()
                    ? now -> Duration.between(now, Instant.now())
                    : now -> Duration.ZERO;
            yield new CotPictureEncoder(
                form, c.uidPrefix(), Duration.ofMillis((long) (c.staleS() * 1000)), shift);
          }
        };
    PictureOutput o =
        new PictureOutput(c.id(), picture, new TrackFilter(c.filter()), encoder, transport, clock);
    pictureOutputs.add(o);
    String l = "output=\"" + c.id() + "\"";
    metrics.gauge("sargas_output_messages_sent", l, "Output messages sent", transport::sent);
    metrics.gauge(
        "sargas_output_messages_dropped",
        l,
        "Output messages dropped (not connected, queue full, send error)",
        transport::dropped);
    metrics.gauge("sargas_output_track_reports", l, "Track reports sent", o::tracksSent);
    long periodMs = Math.max(100, (long) (c.updateIntervalS() * 1000));
    scheduler.scheduleAtFixedRate(o, periodMs, periodMs, TimeUnit.MILLISECONDS);
  }

  /** The picture outputs, in configuration order. */
  public List<PictureOutput> pictureOutputs() {
    return List.copyOf(pictureOutputs);
  }

  /** The alert webhooks, in configuration order. */
  public List<AlertWebhook> webhooks() {
    return List.copyOf(webhooks);
  }

  @Override
  public void tracks(Instant time, List<Track> changed, List<String> dropped) {}

  @Override
  public void violation(Violation v) {}

  /** Sends the alert to every webhook, as {@code {"type":"alert","alert":{...}}} (docs/api.md). */
  @Override
  public void alert(
      Alert alert, String state, Acknowledgement ack, String violationId, long receiveNanos) {
    if (webhooks.isEmpty()) {
      return;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "alert");
    m.put("alert", ApiJson.alert(alert, state, ack, violationId));
    String body;
    try {
      body = json.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    for (AlertWebhook w : webhooks) {
      w.deliver(alert.alertId() + ":" + state, body);
    }
  }

  @Override
  public void sensors(List<SensorView> sensors) {}

  @Override
  public void close() {
    scheduler.shutdownNow();
    for (PictureOutput o : pictureOutputs) {
      o.close();
    }
    for (AlertWebhook w : webhooks) {
      w.close();
    }
  }
}
