// The selected track's stored history (GET /api/tracks/{id}) drawn as a thin line under the picture.
import Feature from 'ol/Feature.js';
import LineString from 'ol/geom/LineString.js';
import VectorSource from 'ol/source/Vector.js';
import VectorLayer from 'ol/layer/Vector.js';
import { Style, Stroke } from 'ol/style.js';
import { getJson } from './api.js';
import { mercator } from './picture.js';

export class TrackHistory {
  constructor(map) {
    this.source = new VectorSource();
    map.addLayer(new VectorLayer({
      source: this.source,
      zIndex: 5,
      style: new Style({ stroke: new Stroke({ color: 'rgba(255,255,255,0.55)', width: 1.5, lineDash: [2, 4] }) }),
    }));
  }

  /** Shows the history of a track; clears it when the track is unknown to the server. */
  async show(trackId) {
    this.source.clear();
    let h;
    try {
      h = await getJson(`/api/tracks/${encodeURIComponent(trackId)}`);
    } catch {
      return 0;
    }
    const pts = (h.history || []).map((p) => mercator(p.lat, p.lon));
    if (pts.length > 1) this.source.addFeature(new Feature(new LineString(pts)));
    return pts.length;
  }

  clear() {
    this.source.clear();
  }
}
