// Federation on the map (docs/sharing.md): a badge in the top bar with the links' health from
// /api/federation (hidden when the node is not federated) and the partners' tracks as a layer of
// their own, labelled with their global id and origin node. Polled every POLL_MS.
import Feature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import VectorSource from 'ol/source/Vector.js';
import VectorLayer from 'ol/layer/Vector.js';
import { Style, Stroke, Fill, Text, RegularShape } from 'ol/style.js';
import { getJsonOr } from './api.js';
import { mercator } from './picture.js';

const POLL_MS = 3000;

/**
 * The badge of a federation status: `{ text, level, title }`, level `ok` (every link connected,
 * nothing leaked), `degraded` (a link down, a backlog or drops) or `alarm` (something leaked);
 * null when the node is not federated.
 */
export function linkSummary(status) {
  if (!status || !status.enabled) return null;
  const links = status.links || [];
  const up = links.filter((l) => l.state === 'CONNECTED').length;
  const leaked = links.reduce((n, l) => n + (l.leaked || 0), 0);
  const troubled = links.some((l) => l.state !== 'CONNECTED' || l.dropped > 0 || l.backlog > 1000);
  const level = leaked > 0 ? 'alarm' : troubled ? 'degraded' : 'ok';
  const title = links.map((l) => `${l.id} → ${l.partnerNode} (${l.nation}): ${l.state}, sent ${l.sent}, `
    + `received ${l.received}, withheld ${l.withheld}, backlog ${l.backlog}, dropped ${l.dropped}, `
    + `reconnects ${l.reconnects}, leaked ${l.leaked}`).join('\n');
  return { text: `FED ${status.nodeId} ${up}/${links.length}`, level, title };
}

/** The badge and the partner-track layer; `start()` begins polling. */
export class FederationStatus {
  constructor(map, badgeEl) {
    this.badge = badgeEl;
    this.source = new VectorSource();
    this.layer = new VectorLayer({ source: this.source, style: (f) => this.style(f), zIndex: 5 });
    map.addLayer(this.layer);
  }

  style(f) {
    const t = f.get('track');
    return new Style({
      image: new RegularShape({ points: 4, radius: 7, angle: Math.PI / 4,
        stroke: new Stroke({ color: '#c58bff', width: 2 }), fill: new Fill({ color: 'rgba(197,139,255,0.25)' }) }),
      text: new Text({ text: `${t.globalId} (${t.partner.origin})`, offsetY: 16, font: '10px sans-serif',
        fill: new Fill({ color: '#c58bff' }), stroke: new Stroke({ color: '#000', width: 3 }) }),
    });
  }

  update(status) {
    const s = linkSummary(status);
    this.badge.hidden = s == null;
    this.source.clear(true);
    if (s == null) return;
    this.badge.textContent = s.text;
    this.badge.title = s.title;
    this.badge.className = `fed ${s.level}`;
    this.source.addFeatures((status.partnerTracks || []).map((t) => {
      const f = new Feature(new Point(mercator(t.lat, t.lon)));
      f.set('track', t, true);
      return f;
    }));
  }

  start() {
    const poll = async () => {
      const status = await getJsonOr('/api/federation', null);
      this.update(status);
      if (status && status.enabled) setTimeout(poll, POLL_MS);
    };
    poll();
  }
}
