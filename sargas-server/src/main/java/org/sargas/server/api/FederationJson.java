package org.sargas.server.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sargas.model.track.Track;
import org.sargas.server.live.FederationView;

/**
 * The JSON of federation on the API (docs/api.md): local tracks with their {@code globalId},
 * partner tracks (id = global id, with a {@code partner} object: origin node and nation, the
 * label), and link health. Stateless.
 */
public final class FederationJson {
  private FederationJson() {}

  /**
   * The picture as {@code /api/tracks} serves it: the local tracks, each with its global id when
   * the node is federated, then the partners' tracks not correlated with a local one.
   */
  public static List<Map<String, Object>> tracks(List<Track> local, FederationView f) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Track t : local) {
      Map<String, Object> m = ApiJson.track(t);
      if (f.enabled()) {
        m.put("globalId", f.globalId(t.trackId()));
      }
      out.add(m);
    }
    if (f.enabled()) {
      for (FederationView.PartnerTrack p : f.partnerTracks()) {
        out.add(partnerTrack(p));
      }
    }
    return out;
  }

  /** A partner track: the {@code Track} shape with id and {@code globalId} the global id. */
  public static Map<String, Object> partnerTrack(FederationView.PartnerTrack p) {
    Map<String, Object> m = ApiJson.track(p.track());
    m.put("trackId", p.globalId());
    m.put("globalId", p.globalId());
    Map<String, Object> partner = new LinkedHashMap<>();
    partner.put("origin", p.originNode());
    partner.put("nation", p.originNation());
    partner.put("originTrackId", p.track().trackId());
    partner.put("classification", p.classification());
    partner.put("releasableTo", new TreeSet<>(p.releasableTo()));
    m.put("partner", partner);
    return m;
  }

  /** Link health as {@code /health} and {@code /api/federation} show it. */
  public static List<Map<String, Object>> links(FederationView f) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (FederationView.LinkHealth h : f.links()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", h.id());
      m.put("partnerNode", h.partnerNode());
      m.put("nation", h.nation());
      m.put("state", h.state());
      m.put("offered", h.offered());
      m.put("sent", h.sent());
      m.put("acknowledged", h.acknowledged());
      m.put("withheld", h.withheld());
      m.put("withheldByReleasability", h.withheldByReleasability());
      m.put("backlog", h.backlog());
      m.put("dropped", h.dropped());
      m.put("resent", h.resent());
      m.put("reconnects", h.reconnects());
      m.put("received", h.received());
      m.put("leaked", h.leaked());
      out.add(m);
    }
    return out;
  }

  /** The {@code federation} member of {@code /health}: node id, nation and the links. */
  public static Map<String, Object> health(FederationView f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nodeId", f.nodeId());
    m.put("nation", f.nation());
    m.put("links", links(f));
    return m;
  }

  /** {@code /api/federation}: the health and the partner tracks. */
  public static Map<String, Object> status(FederationView f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("enabled", f.enabled());
    m.putAll(health(f));
    m.put("partnerTracks", f.partnerTracks().stream().map(FederationJson::partnerTrack).toList());
    return m;
  }
}
