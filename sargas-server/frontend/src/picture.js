// The track layers: symbols (WebGL, one sprite atlas), heading leaders and history trails (WebGL lines),
// labels (canvas, only when few tracks are in view) and the selection ring.
import Feature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import LineString from 'ol/geom/LineString.js';
import VectorSource from 'ol/source/Vector.js';
import VectorLayer from 'ol/layer/Vector.js';
import WebGLVectorLayer from 'ol/layer/WebGLVector.js';
import { Style, Text, Fill, Stroke, Circle as CircleStyle } from 'ol/style.js';
import { IDENTITIES, IDENTITY_INDEX, buildAtlas, deriveIdentity, isCooperative, symbolFunction } from './symbols.js';

const EARTH_RADIUS_M = 6378137;
const DEG = Math.PI / 180;
/** Heading leader length: where the track will be in this many seconds at its current velocity. */
export const LEADER_S = 60;
/** History trail length in points (one per update). */
export const TRAIL_POINTS = 30;
/** Labels are drawn only when at most this many tracks are in view. */
export const LABEL_LIMIT = 250;

/** Web Mercator (EPSG:3857) x, y of a WGS 84 position, without allocating an OL transform. */
export function mercator(lat, lon) {
  return [EARTH_RADIUS_M * lon * DEG, EARTH_RADIUS_M * Math.log(Math.tan(Math.PI / 4 + (lat * DEG) / 2))];
}

/** Flight level (hundreds of feet) of an altitude in metres, or '---' when unknown. */
export function flightLevel(altM) {
  if (altM == null || !Number.isFinite(altM)) return '---';
  return `FL${String(Math.max(0, Math.round(altM / 0.3048 / 100))).padStart(3, '0')}`;
}
export const knots = (mps) => (mps == null ? NaN : mps * 3600 / 1852);
/** The name a track is known by: callsign, else ICAO address, else Mode 3/A, else Remote ID. */
export function trackName(t) {
  const id = t.identity || {};
  return id.callsign || (id.icao ? `ICAO ${id.icao}` : null) || (id.mode3a ? `A${id.mode3a}` : null)
    || (id.remoteId ? `RID ${id.remoteId}` : null) || '';
}

const identityColorExpr = ['match', ['get', 'idc'],
  ...IDENTITIES.flatMap((d, i) => [i, d.color]), '#cccccc'];

export class TrackPicture {
  /**
   * @param {import('ol/Map.js').default} map
   * @param {() => object} identityContext returns the context of deriveIdentity
   */
  constructor(map, identityContext) {
    this.map = map;
    this.identityContext = identityContext;
    this.entries = new Map();
    this.selectedId = null;
    this.atlas = buildAtlas();
    this.symbolSource = new VectorSource({ useSpatialIndex: false });
    this.leaderSource = new VectorSource({ useSpatialIndex: false });
    this.trailSource = new VectorSource({ useSpatialIndex: false });
    this.labelSource = new VectorSource();
    this.selectSource = new VectorSource();
    this.trailLayer = new WebGLVectorLayer({
      source: this.trailSource,
      disableHitDetection: true,
      style: { 'stroke-color': ['match', ['get', 'idc'], ...IDENTITIES.flatMap((d, i) => [i, fade(d.color)]), '#cccccc88'],
        'stroke-width': 1.5 },
    });
    this.leaderLayer = new WebGLVectorLayer({
      source: this.leaderSource,
      disableHitDetection: true,
      style: { 'stroke-color': identityColorExpr, 'stroke-width': 1.5 },
    });
    const atlas = this.atlas;
    this.symbolLayer = new WebGLVectorLayer({
      source: this.symbolSource,
      disableHitDetection: true,
      style: {
        'icon-src': atlas.url,
        'icon-width': atlas.width,
        'icon-height': atlas.height,
        'icon-size': [atlas.cell, atlas.cell],
        'icon-offset': ['array', ['get', 'ox'], ['get', 'oy']],
        'icon-opacity': ['get', 'op'],
      },
    });
    this.labelLayer = new VectorLayer({ source: this.labelSource, declutter: true, updateWhileAnimating: false });
    this.selectLayer = new VectorLayer({
      source: this.selectSource,
      style: new Style({ image: new CircleStyle({ radius: 17, stroke: new Stroke({ color: '#ffffff', width: 2 }) }) }),
    });
    for (const l of [this.trailLayer, this.leaderLayer, this.symbolLayer, this.labelLayer, this.selectLayer]) {
      map.addLayer(l);
    }
    map.on('moveend', () => this.refreshLabels());
  }

  /** Number of tracks shown. */
  get size() {
    return this.entries.size;
  }

  /** Tracks shown, as API Track objects. */
  tracks() {
    return Array.from(this.entries.values(), (e) => e.track);
  }

  get(trackId) {
    const e = this.entries.get(trackId);
    return e ? e.track : undefined;
  }

  identityOf(trackId) {
    const e = this.entries.get(trackId);
    return e ? e.identity : undefined;
  }

  functionOf(trackId) {
    const e = this.entries.get(trackId);
    return e ? e.fn : undefined;
  }

  /** Applies changed tracks and removals; a DROPPED track is removed. */
  update(tracks, dropped = []) {
    const ctx = this.identityContext();
    const addPoints = [];
    const addLeaders = [];
    const addTrails = [];
    for (const t of tracks) {
      if (t.state === 'DROPPED') {
        this.remove(t.trackId);
        continue;
      }
      let e = this.entries.get(t.trackId);
      const xy = mercator(t.lat, t.lon);
      if (!e) {
        e = {
          track: t,
          point: new Feature(new Point(xy)),
          leader: new Feature(new LineString([xy, xy])),
          trail: new Feature(new LineString([xy])),
          trailCoords: [xy],
          lastTime: t.time,
        };
        e.point.setId(t.trackId);
        this.entries.set(t.trackId, e);
        this.style(e, t, ctx);
        e.leader.getGeometry().setCoordinates(leaderCoords(t, xy));
        addPoints.push(e.point);
        addLeaders.push(e.leader);
        addTrails.push(e.trail);
        continue;
      }
      e.track = t;
      this.style(e, t, ctx);
      e.point.getGeometry().setCoordinates(xy);
      e.leader.getGeometry().setCoordinates(leaderCoords(t, xy));
      if (t.time !== e.lastTime) {
        e.lastTime = t.time;
        e.trailCoords.push(xy);
        if (e.trailCoords.length > TRAIL_POINTS) e.trailCoords.shift();
        e.trail.getGeometry().setCoordinates(e.trailCoords);
      }
    }
    for (const id of dropped) this.remove(id);
    if (addPoints.length) {
      this.symbolSource.addFeatures(addPoints);
      this.leaderSource.addFeatures(addLeaders);
      this.trailSource.addFeatures(addTrails);
    }
    this.refreshLabels();
    this.refreshSelection();
  }

  /** Replaces the whole picture (replay seek, reconnect snapshot). */
  reset(tracks = []) {
    this.entries.clear();
    this.symbolSource.clear(true);
    this.leaderSource.clear(true);
    this.trailSource.clear(true);
    this.update(tracks);
  }

  /** Seeds trails from earlier frames (replay seek): `history` is a list of track lists, oldest first. */
  seedTrails(history) {
    for (const e of this.entries.values()) e.trailCoords = [];
    for (const frame of history) {
      for (const t of frame) {
        const e = this.entries.get(t.trackId);
        if (e) e.trailCoords.push(mercator(t.lat, t.lon));
      }
    }
    for (const e of this.entries.values()) {
      if (e.trailCoords.length > TRAIL_POINTS) e.trailCoords.splice(0, e.trailCoords.length - TRAIL_POINTS);
      if (e.trailCoords.length === 0) e.trailCoords.push(e.point.getGeometry().getCoordinates());
      e.trail.getGeometry().setCoordinates(e.trailCoords);
    }
  }

  remove(trackId) {
    const e = this.entries.get(trackId);
    if (!e) return;
    this.entries.delete(trackId);
    this.symbolSource.removeFeature(e.point);
    this.leaderSource.removeFeature(e.leader);
    this.trailSource.removeFeature(e.trail);
  }

  /** Re-derives every identity (after a violation opened or closed). */
  refreshIdentities() {
    const ctx = this.identityContext();
    for (const e of this.entries.values()) {
      const before = e.identity;
      this.style(e, e.track, ctx);
      if (before !== e.identity) e.point.changed();
    }
    this.leaderSource.changed();
    this.trailSource.changed();
    this.refreshLabels();
  }

  style(e, t, ctx) {
    const identity = deriveIdentity(t, ctx);
    const fn = symbolFunction(t.class, isCooperative(t));
    const [ox, oy] = this.atlas.offset(identity, fn);
    const idc = IDENTITY_INDEX[identity];
    e.identity = identity;
    e.fn = fn;
    e.point.setProperties({ ox, oy, op: t.state === 'COASTING' ? 0.5 : 1 }, true);
    e.leader.setProperties({ idc }, true);
    e.trail.setProperties({ idc }, true);
  }

  /** Ids of the tracks inside the current view. */
  idsInView() {
    const extent = this.map.getView().calculateExtent(this.map.getSize());
    const out = [];
    for (const [id, e] of this.entries) {
      const [x, y] = e.point.getGeometry().getCoordinates();
      if (x >= extent[0] && x <= extent[2] && y >= extent[1] && y <= extent[3]) out.push(id);
    }
    return out;
  }

  refreshLabels() {
    if (!this.map.getSize()) return;
    const ids = this.idsInView();
    this.labelSource.clear(true);
    if (ids.length > LABEL_LIMIT) {
      this.labelSource.changed();
      return;
    }
    const features = ids.map((id) => {
      const e = this.entries.get(id);
      const t = e.track;
      const f = new Feature(new Point(e.point.getGeometry().getCoordinates()));
      const kt = knots(t.speedMps);
      f.setStyle(new Style({
        text: new Text({
          text: `${t.trackId} ${trackName(t)}\n${flightLevel(t.altM)} ${Number.isFinite(kt) ? Math.round(kt) : '---'}kt`,
          font: '11px "DejaVu Sans Mono", monospace',
          textAlign: 'left',
          offsetX: 16,
          offsetY: -6,
          fill: new Fill({ color: IDENTITIES[IDENTITY_INDEX[e.identity]].color }),
          stroke: new Stroke({ color: '#000000', width: 3 }),
        }),
      }));
      return f;
    });
    this.labelSource.addFeatures(features);
  }

  select(trackId) {
    this.selectedId = trackId;
    this.refreshSelection();
  }

  refreshSelection() {
    this.selectSource.clear(true);
    const e = this.selectedId && this.entries.get(this.selectedId);
    if (e) this.selectSource.addFeature(new Feature(new Point(e.point.getGeometry().getCoordinates())));
    else this.selectSource.changed();
  }

  /** The track nearest to a pixel within `tolerancePx`, or null (WebGL layers skip hit detection). */
  nearestAt(pixel, tolerancePx = 14) {
    let best = null;
    let bestD = tolerancePx * tolerancePx;
    for (const [id, e] of this.entries) {
      const p = this.map.getPixelFromCoordinate(e.point.getGeometry().getCoordinates());
      if (!p) continue;
      const d = (p[0] - pixel[0]) ** 2 + (p[1] - pixel[1]) ** 2;
      if (d <= bestD) {
        bestD = d;
        best = id;
      }
    }
    return best;
  }
}

function fade(hex) {
  return `${hex}99`;
}

function leaderCoords(t, xy) {
  const ve = t.velocityEastMps ?? (t.speedMps != null && t.courseDeg != null ? t.speedMps * Math.sin(t.courseDeg * DEG) : 0);
  const vn = t.velocityNorthMps ?? (t.speedMps != null && t.courseDeg != null ? t.speedMps * Math.cos(t.courseDeg * DEG) : 0);
  const k = LEADER_S / Math.cos(t.lat * DEG);
  return [xy, [xy[0] + ve * k, xy[1] + vn * k]];
}
