package org.sargas.server.federation;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import org.sargas.model.airspace.Alert;
import org.sargas.model.airspace.Violation;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.observation.Identity;
import org.sargas.model.track.Track;
import org.sargas.model.track.TrackState;
import org.sargas.server.config.ConfigException;
import org.sargas.server.config.FederationConfig;
import org.sargas.server.config.FederationLabelConfig;
import org.sargas.server.config.FederationLinkConfig;
import org.sargas.server.config.SensorConfig;
import org.sargas.server.ingest.ReconnectBackoff;
import org.sargas.server.live.FederationView;
import org.sargas.server.live.PicturePublisher;
import org.sargas.server.live.SensorView;
import org.sargas.server.live.ServeMetrics;
import org.sargas.server.output.TrackFilter;
import org.sargas.store.incident.Acknowledgement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's federation inside {@code sargas serve} (docs/sharing.md): it listens for its partners'
 * links (mutual TLS), keeps one outgoing {@link FederationLink} per partner, and, as a {@link
 * PicturePublisher} on the pipeline thread, gives every confirmed or coasting local track its
 * global id ({@link GlobalIdentity}) and offers it, labelled, to each link's {@link EgressFilter}
 * (one update per track per {@code updateIntervalS} of event time; a new global id, a change of
 * state and a drop go at once). Partner tracks that arrive feed the global identity and, when not
 * the same object as a local track, the partner picture; they are never shared on. Never blocks the
 * pipeline: links queue (bounded) and send on their own threads.
 */
public final class FederationNode implements PicturePublisher, FederationView, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FederationNode.class);

  private record Link(
      FederationLinkConfig config,
      EgressFilter egress,
      FederationLink link,
      boolean identity,
      AtomicLong offered) {}

  private final FederationConfig config;
  private final Function<Track, ReleasabilityLabel> labelOf;
  private final List<SharedTrack.SensorSite> sites;
  private final GlobalIdentity identity;
  private final FederationListener listener;
  private final List<Link> links = new ArrayList<>();
  private final Map<String, Track> lastSent = new HashMap<>();
  private final Map<String, String> lastSentGlobalId = new HashMap<>();
  private final Duration updateInterval;
  private volatile Instant now;

  /**
   * Opens the listener and the links; this node's tracks carry {@code federation.label}.
   *
   * @param sensors this node's sensors (their sites go with tracks whose label and link release
   *     them)
   * @param metrics registry for the {@code sargas_federation_*} gauges, or null
   * @param env environment lookup for the stores' password
   * @throws ConfigException when a store, certificate or address is unusable
   */
  public FederationNode(
      FederationConfig config,
      List<SensorConfig> sensors,
      ServeMetrics metrics,
      Function<String, String> env)
      throws IOException {
    this(config, sites(sensors), null, metrics, env);
  }

  /**
   * Opens the listener and the links.
   *
   * @param sites this node's sensor sites (they go with tracks whose label and link release them)
   * @param labelOf the label of each own track, or null for {@code federation.label} on all
   * @param metrics registry for the {@code sargas_federation_*} gauges, or null
   * @param env environment lookup for the stores' password
   * @throws ConfigException when a store, certificate or address is unusable
   */
  public FederationNode(
      FederationConfig config,
      List<SharedTrack.SensorSite> sites,
      Function<Track, ReleasabilityLabel> labelOf,
      ServeMetrics metrics,
      Function<String, String> env)
      throws IOException {
    this.config = config;
    FederationLabelConfig l = config.label();
    ReleasabilityLabel configured =
        new ReleasabilityLabel(
            l.policy(),
            SecurityClassification.valueOf(l.classification()),
            Set.copyOf(l.releasableTo()),
            l.sensorSitesReleasable());
    this.labelOf = labelOf != null ? labelOf : t -> configured;
    this.sites = List.copyOf(sites);
    identity =
        new GlobalIdentity(
            config.nodeId(),
            config.correlationGateM(),
            config.correlationGateMps(),
            Duration.ofMillis(Math.round(config.partnerTimeoutS() * 1000)));
    updateInterval = Duration.ofMillis(Math.round(config.updateIntervalS() * 1000));
    SSLContext tls = FederationTls.context(config, env);
    InetSocketAddress bind = new InetSocketAddress(config.listenHost(), config.listenPort());
    if (bind.isUnresolved()) {
      throw new ConfigException("federation.listenHost: unknown host " + config.listenHost());
    }
    listener =
        new FederationListener(
            config.nation(),
            SecurityClassification.valueOf(config.clearance()),
            tls,
            bind,
            identity::partner,
            FederationTls.peerCheck(config));
    String session = UUID.randomUUID().toString();
    try {
      for (FederationLinkConfig c : config.links()) {
        InetSocketAddress target = new InetSocketAddress(c.host(), c.port());
        if (target.isUnresolved()) {
          throw new ConfigException("federation link " + c.id() + ": unknown host " + c.host());
        }
        EgressFilter egress =
            new EgressFilter(
                c.nation(),
                SecurityClassification.valueOf(c.clearance()),
                new TrackFilter(c.filter()),
                c.fields().contains("sensorSites"));
        FederationLink link =
            new FederationLink(
                config.nodeId() + " " + c.id() + " " + session,
                target,
                tls,
                new ReconnectBackoff(
                    Duration.ofMillis(250),
                    Duration.ofMillis(Math.round(config.reconnectMaxS() * 1000))),
                config.backlog());
        links.add(new Link(c, egress, link, c.fields().contains("identity"), new AtomicLong()));
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    if (metrics != null) {
      registerGauges(metrics);
    }
  }

  private void registerGauges(ServeMetrics metrics) {
    for (Link k : links) {
      String lbl = "link=\"" + k.config().id() + "\"";
      metrics.gauge(
          "sargas_federation_sent", lbl, "Objects let out to a partner", k.egress()::sent);
      metrics.gauge(
          "sargas_federation_withheld",
          lbl,
          "Objects withheld from a partner (label or filter)",
          () -> k.egress().withheldByReleasability() + k.egress().withheldByFilter());
      metrics.gauge(
          "sargas_federation_backlog", lbl, "Objects awaiting acknowledgement", k.link()::backlog);
      metrics.gauge(
          "sargas_federation_dropped", lbl, "Objects dropped, backlog full", k.link()::dropped);
      metrics.gauge(
          "sargas_federation_reconnects", lbl, "Link reconnections", k.link()::reconnects);
      metrics.gauge(
          "sargas_federation_received",
          lbl,
          "Objects received from a partner",
          () -> listener.objectsFrom(k.config().node()));
      metrics.gauge(
          "sargas_federation_connected",
          lbl,
          "Whether the link is connected (1) or not (0)",
          () -> k.link().connected() ? 1 : 0);
    }
    metrics.gauge(
        "sargas_federation_refused",
        "",
        "Partner connections refused: the peer may not send as the node it names",
        listener::refused);
    metrics.gauge(
        "sargas_federation_leaked",
        "",
        "Objects received that their label does not release here (discarded)",
        listener::leaked);
  }

  @Override
  public void tracks(Instant time, List<Track> changed, List<String> dropped) {
    now = time;
    Set<String> done = new HashSet<>();
    for (Track t : changed) {
      if (t.state() == TrackState.DROPPED) {
        drop(t.trackId(), t);
        done.add(t.trackId());
      } else if (t.state() != TrackState.TENTATIVE) {
        GlobalIdentity.Assignment a = identity.update(t);
        Track last = lastSent.get(t.trackId());
        if (last == null
            || !a.globalId().equals(lastSentGlobalId.get(t.trackId()))
            || last.state() != t.state()
            || Duration.between(last.time(), t.time()).compareTo(updateInterval) >= 0) {
          publish(t, a);
        }
      }
    }
    for (String id : dropped) {
      if (!done.contains(id)) {
        drop(id, null);
      }
    }
  }

  private void drop(String trackId, Track dropped) {
    GlobalIdentity.Assignment a = identity.assignment(trackId);
    Track last = lastSent.remove(trackId);
    lastSentGlobalId.remove(trackId);
    identity.drop(trackId);
    if (a != null && last != null) {
      Track t = dropped != null ? dropped : last;
      publish(withState(t, TrackState.DROPPED, Identity.NONE), a);
      lastSent.remove(trackId);
      lastSentGlobalId.remove(trackId);
    }
  }

  private void publish(Track t, GlobalIdentity.Assignment a) {
    lastSent.put(t.trackId(), t);
    lastSentGlobalId.put(t.trackId(), a.globalId());
    ReleasabilityLabel own = labelOf.apply(t);
    ReleasabilityLabel label = a.adoptedLabel() == null ? own : own.intersect(a.adoptedLabel());
    for (Link k : links) {
      Track out = k.identity() ? t : withState(t, t.state(), Identity.NONE);
      SharedTrack s =
          new SharedTrack(
              a.globalId(), out, label, sites, config.nodeId(), config.nation(), a.since());
      k.offered().incrementAndGet();
      EgressFilter.Decision d = k.egress().apply(s);
      if (d.verdict() == EgressFilter.Verdict.SENT) {
        k.link().send(d.object());
      }
    }
  }

  private static List<SharedTrack.SensorSite> sites(List<SensorConfig> sensors) {
    List<SharedTrack.SensorSite> out = new ArrayList<>();
    for (SensorConfig c : sensors) {
      out.add(new SharedTrack.SensorSite(c.id(), GeoPoint.of(c.latDeg(), c.lonDeg())));
    }
    return out;
  }

  private static Track withState(Track t, TrackState state, Identity id) {
    return new Track(
        t.trackId(),
        t.time(),
        t.position(),
        t.velocityEastMps(),
        t.velocityNorthMps(),
        t.velocityUpMps(),
        t.varEastM2(),
        t.varNorthM2(),
        t.covEastNorthM2(),
        state,
        id,
        t.classification(),
        t.updates(),
        t.assessment());
  }

  @Override
  public void violation(Violation v) {}

  @Override
  public void alert(
      Alert alert, String state, Acknowledgement ack, String violationId, long receiveNanos) {}

  @Override
  public void sensors(List<SensorView> sensors) {}

  @Override
  public boolean enabled() {
    return true;
  }

  @Override
  public String nodeId() {
    return config.nodeId();
  }

  @Override
  public String nation() {
    return config.nation();
  }

  @Override
  public String globalId(String trackId) {
    GlobalIdentity.Assignment a = identity.assignment(trackId);
    return a == null ? null : a.globalId();
  }

  /** The global identity of this node's tracks. */
  public GlobalIdentity identity() {
    return identity;
  }

  @Override
  public List<PartnerTrack> partnerTracks() {
    List<PartnerTrack> out = new ArrayList<>();
    for (SharedTrack s : identity.partnerPicture(now)) {
      out.add(
          new PartnerTrack(
              s.globalId(),
              s.origin(),
              s.originNation(),
              s.label().classification().name(),
              s.label().releasableTo(),
              s.track()));
    }
    return out;
  }

  @Override
  public List<LinkHealth> links() {
    List<LinkHealth> out = new ArrayList<>();
    for (Link k : links) {
      EgressFilter e = k.egress();
      FederationLink f = k.link();
      out.add(
          new LinkHealth(
              k.config().id(),
              k.config().node(),
              k.config().nation(),
              f.connected() ? "CONNECTED" : "DISCONNECTED",
              k.offered().get(),
              e.sent(),
              f.acknowledged(),
              e.withheldByReleasability() + e.withheldByFilter(),
              e.withheldByReleasability(),
              f.backlog(),
              f.dropped(),
              f.resent(),
              f.reconnects(),
              listener.objectsFrom(k.config().node()),
              listener.leakedFrom(k.config().node())));
    }
    return out;
  }

  /** The listener's port. */
  public int port() {
    return listener.port();
  }

  /** Connections refused: a peer sending as a node it may not (or naming none). */
  public long refusedConnections() {
    return listener.refused();
  }

  /** Objects received that were already held (resent after a reconnection; dropped). */
  public long duplicates() {
    return listener.duplicates();
  }

  @Override
  public void close() {
    for (Link k : links) {
      k.link().close();
    }
    if (listener != null) {
      try {
        listener.close();
      } catch (IOException e) {
        LOG.debug("federation: closing the listener: {}", e.toString());
      }
    }
  }
}
