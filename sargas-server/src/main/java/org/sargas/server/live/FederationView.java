package org.sargas.server.live;

import java.util.List;
import java.util.Set;
import org.sargas.model.track.Track;

/**
 * What the API shows of this node's federation with partner nodes: the global id of each local
 * track, the partners' tracks this node holds (those not already shown as one of its own) and the
 * health of every link. Implementations are thread-safe.
 */
public interface FederationView {
  /**
   * A partner's track as this node holds it.
   *
   * @param globalId the id every node shows for it
   * @param originNode the node that tracks it
   * @param originNation that node's nation
   * @param classification its label's classification
   * @param releasableTo its label's releasable-to nations
   * @param track the partner's track (its id is the partner's local id)
   */
  record PartnerTrack(
      String globalId,
      String originNode,
      String originNation,
      String classification,
      Set<String> releasableTo,
      Track track) {}

  /**
   * One link's health.
   *
   * @param id link id
   * @param partnerNode the partner node's id
   * @param nation the partner's nation
   * @param state {@code CONNECTED} or {@code DISCONNECTED} (this node's outgoing connection)
   * @param offered objects offered to the link's egress filter
   * @param sent objects the egress filter let out
   * @param acknowledged objects the partner acknowledged
   * @param withheld objects withheld (releasability or filter)
   * @param withheldByReleasability of those, by their label
   * @param backlog objects waiting for an acknowledgement
   * @param dropped objects dropped because the backlog was full
   * @param resent objects sent again after a reconnection
   * @param reconnects connections made after the first
   * @param received objects received from the partner (duplicates excluded)
   * @param leaked objects from the partner that their label does not release here (discarded)
   */
  record LinkHealth(
      String id,
      String partnerNode,
      String nation,
      String state,
      long offered,
      long sent,
      long acknowledged,
      long withheld,
      long withheldByReleasability,
      long backlog,
      long dropped,
      long resent,
      long reconnects,
      long received,
      long leaked) {}

  /** Whether the node is federated at all. */
  boolean enabled();

  /** This node's federation id, or null. */
  String nodeId();

  /** This node's nation, or null. */
  String nation();

  /** The global id of a local track, or null when it has none (yet). */
  String globalId(String trackId);

  /** The partners' tracks not correlated with a local track, by global id. */
  List<PartnerTrack> partnerTracks();

  /** Every link's health, in configuration order. */
  List<LinkHealth> links();

  /** No federation. */
  FederationView NONE =
      new FederationView() {
        @Override
        public boolean enabled() {
          return false;
        }

        @Override
        public String nodeId() {
          return null;
        }

        @Override
        public String nation() {
          return null;
        }

        @Override
        public String globalId(String trackId) {
          return null;
        }

        @Override
        public List<PartnerTrack> partnerTracks() {
          return List.of();
        }

        @Override
        public List<LinkHealth> links() {
          return List.of();
        }
      };
}
