// The track layers, redrawn per frame from typed arrays: history trails and heading leaders as WebGL
// line segments (2D canvas without WebGL), then on a 2D canvas the symbols blitted from a sprite
// atlas (milsymbol draws each identity/function pair once) — small identity-coloured squares when
// the view holds more than DENSE_LIMIT tracks — labels when few are in view, and the selection.
// Updates touch only the arrays; nothing per track goes through OpenLayers features.
import Layer from 'ol/layer/Layer.js';
import { LineGl, VERTEX_FLOATS, fitCanvas, overlayCanvas } from './linegl.js';
import { IDENTITIES, buildAtlas, deriveIdentity, trackFunction } from './symbols.js';
import { WARNING_COLOR, shortTime } from './airspace.js';
import { MAX_TRAIL, identityShort } from './settings.js';

const EARTH_RADIUS_M = 6378137;
const DEG = Math.PI / 180;
/** Heading leader length: where the track will be in this many seconds at its current velocity. */
export const LEADER_S = 60;
/** History trail capacity in points (one per update); the drawn length is `trailLength`, default 30. */
export const TRAIL_POINTS = MAX_TRAIL;
/** Labels are drawn only when at most this many tracks are in view. */
export const LABEL_LIMIT = 250;
/** Trail segments drawn per frame at most; trails are shortened beyond that. */
const TRAIL_SEGMENT_BUDGET = 30000;
/** Above this many tracks in view, tracks are drawn as identity-coloured squares, not symbols. */
export const DENSE_LIMIT = 2500;
/** Symbol scale by the number of tracks in view: a busy picture gets smaller symbols. */
export function symbolScale(inView) {
  return inView <= 500 ? 1 : 0.75;
}
/** Which parts to draw (t trails, l leaders, s symbols, x labels); `?draw=` narrows it for measurements. */
const QUERY = new URLSearchParams(globalThis.location ? globalThis.location.search : '');
const DRAW = QUERY.get('draw') || 'tlsx';
/** `?dense=N` moves the square-marker threshold (measurements of full symbols at 10,000 tracks). */
const DENSE = Number(QUERY.get('dense') || DENSE_LIMIT);

/** Web Mercator (EPSG:3857) x, y of a WGS 84 position, without allocating an OL transform. */
export function mercator(lat, lon) {
  return [EARTH_RADIUS_M * lon * DEG, EARTH_RADIUS_M * Math.log(Math.tan(Math.PI / 4 + (lat * DEG) / 2))];
}

/** Flight level (hundreds of feet) of an altitude in metres, or '---' when unknown. */
export function flightLevel(altM) {
  if (altM == null || !Number.isFinite(altM)) return '---';
  return `FL${String(Math.max(0, Math.round(altM / 0.3048 / 100))).padStart(3, '0')}`;
}
export const knots = (mps) => (mps == null ? NaN : (mps * 3600) / 1852);
/** The name a track is known by: callsign, else ICAO address, else Mode 3/A, else Remote ID. */
export function trackName(t) {
  const id = t.identity || {};
  return id.callsign || (id.icao ? `ICAO ${id.icao}` : null) || (id.mode3a ? `A${id.mode3a}` : null)
    || (id.remoteId ? `RID ${id.remoteId}` : null) || '';
}

/**
 * The name shown in labels, the table and the details: trackName, and the Remote ID serial as
 * "RID <serial>" whenever the track broadcasts one (also when it has another name).
 */
export function displayName(t) {
  const name = trackName(t);
  const rid = (t.identity || {}).remoteId;
  if (!rid || name === `RID ${rid}`) return name;
  return name ? `${name} RID ${rid}` : `RID ${rid}`;
}

/** What a data block shows by default: track number, name, flight level and speed. */
export const DEFAULT_DATA_BLOCK = Object.freeze({ trackNumber: true, callsign: true, altitude: true, speed: true, identity: false });

/**
 * The two lines of a track's label (data block): track number and name, then flight level, speed
 * and the short identity — each part shown when `fields` asks for it; an empty line is dropped.
 * @param {object} t API Track
 * @param {{trackNumber:boolean, callsign:boolean, altitude:boolean, speed:boolean, identity:boolean}} fields
 * @param {string} [identity] the track's standard identity (for `fields.identity`)
 */
export function labelLines(t, fields = DEFAULT_DATA_BLOCK, identity = undefined) {
  const kt = knots(t.speedMps);
  const name = fields.callsign ? displayName(t) : '';
  const l1 = [fields.trackNumber ? t.trackId : '', name].filter(Boolean).join(' ');
  const l2 = [
    fields.altitude ? flightLevel(t.altM) : '',
    fields.speed ? `${Number.isFinite(kt) ? Math.round(kt) : '---'}kt` : '',
    fields.identity ? identityShort(identity) : '',
  ].filter(Boolean).join(' ');
  return [l1, l2].filter(Boolean);
}

export class TrackPicture {
  /**
   * @param {import('ol/Map.js').default} map
   * @param {() => object} identityContext returns the context of deriveIdentity
   */
  constructor(map, identityContext) {
    this.map = map;
    this.identityContext = identityContext;
    this.index = new Map();
    this.n = 0;
    this.selectedId = null;
    /** Trail points drawn per track (0..TRAIL_POINTS). */
    this.trailLength = 30;
    /** What the data blocks show (labelLines fields). */
    this.dataBlock = { ...DEFAULT_DATA_BLOCK };
    /** The filter: (track, identity) => whether it is drawn (null: all). */
    this.filter = null;
    this.atlas = buildAtlas();
    this.grow(1024);
    this.canvas = overlayCanvas();
    this.gl = new LineGl();
    this.labelCanvas = overlayCanvas();
    // two layers: trails and leaders (WebGL, else 2D canvas), then symbols, labels and selection (2D)
    this.layer = new Layer({ render: (frameState) => this.render(frameState), zIndex: 10 });
    this.labelLayer = new Layer({ render: () => this.labelCanvas, zIndex: 12 });
    map.addLayer(this.layer);
    map.addLayer(this.labelLayer);
    this.layer.on('change', () => this.labelLayer.changed());
    /** Early warnings drawn over the tracks (setWarnings). */
    this.warnings = [];
    this.timing = [0, 0, 0];
    this.lastDrawn = { total: 0, inView: 0 };
    /** Milliseconds of the last renders: [project, lines, symbols, labels] (frame-time measurement). */
    this.renderTimes = [];
  }

  grow(capacity) {
    const copy = (Ctor, old, per = 1) => {
      const a = new Ctor(capacity * per);
      if (old) a.set(old.subarray(0, Math.min(old.length, a.length)));
      return a;
    };
    this.x = copy(Float64Array, this.x);
    this.y = copy(Float64Array, this.y);
    this.lx = copy(Float64Array, this.lx);
    this.ly = copy(Float64Array, this.ly);
    this.cellIdx = copy(Int16Array, this.cellIdx);
    this.idc = copy(Uint8Array, this.idc);
    this.coast = copy(Uint8Array, this.coast);
    this.pass = copy(Uint8Array, this.pass);
    this.trail = copy(Float64Array, this.trail, TRAIL_POINTS * 2);
    this.trailLen = copy(Uint8Array, this.trailLen);
    this.trailHead = copy(Uint8Array, this.trailHead);
    this.ids ||= [];
    this.trk ||= [];
    this.identity ||= [];
    this.fn ||= [];
    this.capacity = capacity;
  }

  /** Number of tracks shown. */
  get size() {
    return this.n;
  }

  /** Tracks shown, as API Track objects. */
  tracks() {
    return this.trk.slice(0, this.n);
  }

  get(trackId) {
    const i = this.index.get(trackId);
    return i === undefined ? undefined : this.trk[i];
  }

  identityOf(trackId) {
    const i = this.index.get(trackId);
    return i === undefined ? undefined : this.identity[i];
  }

  functionOf(trackId) {
    const i = this.index.get(trackId);
    return i === undefined ? undefined : this.fn[i];
  }

  /** Applies changed tracks and removals; a DROPPED track is removed. */
  update(tracks, dropped = []) {
    const ctx = this.identityContext();
    for (const t of tracks) {
      if (t.state === 'DROPPED') {
        this.remove(t.trackId);
        continue;
      }
      let i = this.index.get(t.trackId);
      const fresh = i === undefined;
      if (fresh) {
        if (this.n === this.capacity) this.grow(this.capacity * 2);
        i = this.n++;
        this.index.set(t.trackId, i);
        this.ids[i] = t.trackId;
        this.trailLen[i] = 0;
        this.trailHead[i] = 0;
      }
      const prevTime = fresh ? undefined : this.trk[i].time;
      this.trk[i] = t;
      this.place(i, t);
      if (fresh || t.time !== prevTime) this.pushTrail(i);
      this.style(i, t, ctx);
    }
    for (const id of dropped) this.remove(id);
    this.layer.changed();
  }

  place(i, t) {
    const x = EARTH_RADIUS_M * t.lon * DEG;
    const y = EARTH_RADIUS_M * Math.log(Math.tan(Math.PI / 4 + (t.lat * DEG) / 2));
    this.x[i] = x;
    this.y[i] = y;
    let ve = t.velocityEastMps;
    let vn = t.velocityNorthMps;
    if (ve == null || vn == null) {
      const ok = t.speedMps != null && t.courseDeg != null;
      ve = ok ? t.speedMps * Math.sin(t.courseDeg * DEG) : 0;
      vn = ok ? t.speedMps * Math.cos(t.courseDeg * DEG) : 0;
    }
    const k = LEADER_S / Math.cos(t.lat * DEG);
    this.lx[i] = x + ve * k;
    this.ly[i] = y + vn * k;
    this.coast[i] = t.state === 'COASTING' ? 1 : 0;
  }

  pushTrail(i) {
    const base = i * TRAIL_POINTS * 2;
    const head = this.trailHead[i];
    this.trail[base + head * 2] = this.x[i];
    this.trail[base + head * 2 + 1] = this.y[i];
    this.trailHead[i] = (head + 1) % TRAIL_POINTS;
    if (this.trailLen[i] < TRAIL_POINTS) this.trailLen[i]++;
  }

  /** Replaces the whole picture (replay seek, reconnect snapshot). */
  reset(tracks = []) {
    this.index.clear();
    this.n = 0;
    this.update(tracks);
  }

  /** Rebuilds trails from earlier frames (replay seek): `history` is a list of track lists, oldest first. */
  seedTrails(history) {
    this.trailLen.fill(0);
    this.trailHead.fill(0);
    for (const frame of history) {
      for (const t of frame) {
        const i = this.index.get(t.trackId);
        if (i === undefined) continue;
        const [x, y] = mercator(t.lat, t.lon);
        const base = i * TRAIL_POINTS * 2;
        const head = this.trailHead[i];
        this.trail[base + head * 2] = x;
        this.trail[base + head * 2 + 1] = y;
        this.trailHead[i] = (head + 1) % TRAIL_POINTS;
        if (this.trailLen[i] < TRAIL_POINTS) this.trailLen[i]++;
      }
    }
    this.layer.changed();
  }

  /** Removes a track: the last one moves into its slot. */
  remove(trackId) {
    const i = this.index.get(trackId);
    if (i === undefined) return;
    this.index.delete(trackId);
    const last = --this.n;
    if (i !== last) {
      const id = this.ids[last];
      this.index.set(id, i);
      this.ids[i] = id;
      this.trk[i] = this.trk[last];
      this.identity[i] = this.identity[last];
      this.fn[i] = this.fn[last];
      for (const a of [this.x, this.y, this.lx, this.ly, this.cellIdx, this.idc, this.coast, this.pass, this.trailLen, this.trailHead]) {
        a[i] = a[last];
      }
      const per = TRAIL_POINTS * 2;
      this.trail.copyWithin(i * per, last * per, last * per + per);
    }
    this.trk[last] = undefined;
    this.layer.changed();
  }

  /** Re-derives every identity (after a violation opened or closed). */
  refreshIdentities() {
    const ctx = this.identityContext();
    for (let i = 0; i < this.n; i++) this.style(i, this.trk[i], ctx);
    this.layer.changed();
  }

  style(i, t, ctx) {
    const identity = deriveIdentity(t, ctx);
    const fn = trackFunction(t);
    this.identity[i] = identity;
    this.fn[i] = fn;
    this.cellIdx[i] = this.atlas.index(identity, fn);
    this.idc[i] = this.cellIdx[i] / this.atlas.columns | 0;
    this.pass[i] = !this.filter || this.filter(t, identity) ? 1 : 0;
  }

  /** Sets the filter ((track, identity) => boolean, or null for all) and re-applies it. */
  setFilter(fn) {
    this.filter = fn;
    for (let i = 0; i < this.n; i++) this.pass[i] = !fn || fn(this.trk[i], this.identity[i]) ? 1 : 0;
    this.layer.changed();
  }

  /** Whether a track passes the filter (is drawn and listed). */
  passes(trackId) {
    const i = this.index.get(trackId);
    return i !== undefined && this.pass[i] === 1;
  }

  /** Sets the drawn trail length (points) and the data block fields. */
  setDisplay({ trailLength, dataBlock }) {
    if (Number.isInteger(trailLength)) this.trailLength = Math.max(0, Math.min(TRAIL_POINTS, trailLength));
    if (dataBlock) this.dataBlock = { ...this.dataBlock, ...dataBlock };
    this.layer.changed();
  }

  /** Ids of the tracks inside the current view. */
  idsInView() {
    const extent = this.map.getView().calculateExtent(this.map.getSize());
    const out = [];
    for (let i = 0; i < this.n; i++) {
      if (this.pass[i] && this.x[i] >= extent[0] && this.x[i] <= extent[2] && this.y[i] >= extent[1] && this.y[i] <= extent[3]) out.push(this.ids[i]);
    }
    return out;
  }

  /**
   * The early warnings to draw (airspace.js activeWarnings): a dashed amber line from the track to
   * the predicted entry point, a marker there and an amber ring round the track's symbol.
   * @param {{trackId:string, zoneId:string, lat:number, lon:number, entryTime:string|null}[]} list
   */
  setWarnings(list) {
    const same = list.length === this.warnings.length
      && list.every((w, k) => w.trackId === this.warnings[k].trackId && w.lat === this.warnings[k].lat && w.lon === this.warnings[k].lon);
    if (same) return;
    this.warnings = list.map((w) => {
      const [x, y] = mercator(w.lat, w.lon);
      return { trackId: w.trackId, x, y, text: `${w.zoneId || ''} ${shortTime(w.entryTime)}`.trim() };
    });
    this.layer.changed();
  }

  select(trackId) {
    this.selectedId = trackId;
    this.layer.changed();
  }

  /** The track nearest to a pixel within `tolerancePx`, or null. */
  nearestAt(pixel, tolerancePx = 14) {
    const m = this.map.getCoordinateFromPixel(pixel);
    const res = this.map.getView().getResolution();
    let best = null;
    let bestD = (tolerancePx * res) ** 2;
    for (let i = 0; i < this.n; i++) {
      if (!this.pass[i]) continue;
      const d = (this.x[i] - m[0]) ** 2 + (this.y[i] - m[1]) ** 2;
      if (d <= bestD) {
        bestD = d;
        best = this.ids[i];
      }
    }
    return best;
  }

  render(frameState) {
    const t0 = performance.now();
    const ratio = frameState.pixelRatio;
    const [w, h] = frameState.size;
    // map coordinate -> CSS pixel: [a, b, c, d, e, f] as in OL's transform
    const [ta, tb, tc, td, te, tf] = frameState.coordinateToPixelTransform;
    const n = this.n;
    if (this.px === undefined || this.px.length < n) {
      this.px = new Float32Array(this.capacity);
      this.py = new Float32Array(this.capacity);
      this.visible = new Uint8Array(this.capacity);
    }
    const { px, py, visible } = this;
    const margin = 40;
    let inView = 0;
    for (let i = 0; i < n; i++) {
      const x = ta * this.x[i] + tc * this.y[i] + te;
      const y = tb * this.x[i] + td * this.y[i] + tf;
      px[i] = x;
      py[i] = y;
      const v = this.pass[i] && x > -margin && x < w + margin && y > -margin && y < h + margin ? 1 : 0;
      visible[i] = v;
      inView += v;
    }
    const maxTrail = !DRAW.includes('t') ? 0
      : Math.min(this.trailLength, Math.max(2, Math.min(TRAIL_POINTS, Math.floor(TRAIL_SEGMENT_BUDGET / Math.max(1, inView)))));
    const scale = symbolScale(inView);
    const tr = [ta, tb, tc, td, te, tf];
    const t1 = performance.now();
    let out;
    if (this.gl.ok) {
      this.linesGl(w, h, ratio, tr, maxTrail);
      out = this.gl.canvas;
    } else {
      out = this.lines2d(w, h, ratio, tr, maxTrail);
    }
    const t2 = performance.now();
    const g = this.beginTop(w, h, ratio);
    if (this.warnings.length) this.warningLines(g, tr);
    if (DRAW.includes('s')) this.symbols(g, inView, scale);
    if (this.warnings.length) this.warningRings(g);
    const t3 = performance.now();
    this.renderLabels(g, inView);
    this.lastDrawn = { total: n, inView, gl: this.gl.ok };
    this.renderTimes.push([t1 - t0, t2 - t1, t3 - t2, performance.now() - t3]);
    if (this.renderTimes.length > 2000) this.renderTimes.splice(0, 1000);
    return out;
  }

  /** Trails and leaders as WebGL lines, one vertex buffer. */
  linesGl(w, h, ratio, [ta, tb, tc, td, te, tf], maxTrail) {
    const { px, py, visible } = this;
    const n = this.n;
    const perTrack = 2 + 2 * Math.max(0, maxTrail - 1);
    if (!this.lineData || this.lineData.length < n * perTrack * 6) this.lineData = new Float32Array(n * perTrack * 6 * 1.5);
    const d = this.lineData;
    let k = 0;
    const rgba = RGBA;
    const leaders = DRAW.includes('l');
    for (let i = 0; i < n; i++) {
      if (!visible[i]) continue;
      const c = rgba[this.idc[i]];
      const len = Math.min(this.trailLen[i], maxTrail);
      if (len >= 2) {
        const base = i * TRAIL_POINTS * 2;
        let j = (this.trailHead[i] - len + TRAIL_POINTS) % TRAIL_POINTS;
        let lx = 0;
        let ly = 0;
        for (let s = 0; s < len; s++) {
          const mx = this.trail[base + j * 2];
          const my = this.trail[base + j * 2 + 1];
          const x = ta * mx + tc * my + te;
          const y = tb * mx + td * my + tf;
          if (s > 0) {
            d[k++] = lx; d[k++] = ly; d[k++] = c[0]; d[k++] = c[1]; d[k++] = c[2]; d[k++] = 0.55;
            d[k++] = x; d[k++] = y; d[k++] = c[0]; d[k++] = c[1]; d[k++] = c[2]; d[k++] = 0.55;
          }
          lx = x;
          ly = y;
          j = (j + 1) % TRAIL_POINTS;
        }
      }
      if (leaders) {
        d[k++] = px[i]; d[k++] = py[i]; d[k++] = c[0]; d[k++] = c[1]; d[k++] = c[2]; d[k++] = 1;
        d[k++] = ta * this.lx[i] + tc * this.ly[i] + te;
        d[k++] = tb * this.lx[i] + td * this.ly[i] + tf;
        d[k++] = c[0]; d[k++] = c[1]; d[k++] = c[2]; d[k++] = 1;
      }
    }
    this.gl.draw(w, h, ratio, d, k / VERTEX_FLOATS);
  }

  /** Trails and leaders with the 2D canvas, for browsers without WebGL. */
  lines2d(w, h, ratio, [ta, tb, tc, td, te, tf], maxTrail) {
    const { px, py, visible } = this;
    const n = this.n;
    const c = this.canvas;
    const g = clear2d(c, w, h, ratio);
    const colors = IDENTITIES.length;
    g.lineWidth = 1.2;
    for (let k = 0; k < colors && maxTrail > 0; k++) {
      g.beginPath();
      for (let i = 0; i < n; i++) {
        if (!visible[i] || this.idc[i] !== k) continue;
        const len = Math.min(this.trailLen[i], maxTrail);
        if (len < 2) continue;
        const base = i * TRAIL_POINTS * 2;
        let j = (this.trailHead[i] - len + TRAIL_POINTS) % TRAIL_POINTS;
        for (let s = 0; s < len; s++) {
          const mx = this.trail[base + j * 2];
          const my = this.trail[base + j * 2 + 1];
          const x = ta * mx + tc * my + te;
          const y = tb * mx + td * my + tf;
          if (s === 0) g.moveTo(x, y);
          else g.lineTo(x, y);
          j = (j + 1) % TRAIL_POINTS;
        }
      }
      g.strokeStyle = `${IDENTITIES[k].color}88`;
      g.stroke();
    }
    g.lineWidth = 1.5;
    for (let k = 0; k < colors && DRAW.includes('l'); k++) {
      g.beginPath();
      for (let i = 0; i < n; i++) {
        if (!visible[i] || this.idc[i] !== k) continue;
        g.moveTo(px[i], py[i]);
        g.lineTo(ta * this.lx[i] + tc * this.ly[i] + te, tb * this.lx[i] + td * this.ly[i] + tf);
      }
      g.strokeStyle = IDENTITIES[k].color;
      g.stroke();
    }
    return c;
  }

  /** Sizes and clears the top canvas; returns its context in CSS pixels. */
  beginTop(w, h, ratio) {
    return clear2d(this.labelCanvas, w, h, ratio);
  }

  /** Early warnings under the symbols: dashed amber line from the track to the predicted entry point, a diamond there. */
  warningLines(g, [ta, tb, tc, td, te, tf]) {
    g.save();
    g.strokeStyle = WARNING_COLOR;
    g.fillStyle = WARNING_COLOR;
    g.font = '10px "DejaVu Sans Mono", monospace';
    for (const w of this.warnings) {
      const ex = ta * w.x + tc * w.y + te;
      const ey = tb * w.x + td * w.y + tf;
      const i = this.index.get(w.trackId);
      if (i !== undefined) {
        g.beginPath();
        g.setLineDash([7, 5]);
        g.lineWidth = 2;
        g.moveTo(ta * this.x[i] + tc * this.y[i] + te, tb * this.x[i] + td * this.y[i] + tf);
        g.lineTo(ex, ey);
        g.stroke();
      }
      g.setLineDash([]);
      g.lineWidth = 1.5;
      g.beginPath();
      g.moveTo(ex, ey - 6);
      g.lineTo(ex + 6, ey);
      g.lineTo(ex, ey + 6);
      g.lineTo(ex - 6, ey);
      g.closePath();
      g.stroke();
      g.fillRect(ex - 1.5, ey - 1.5, 3, 3);
      if (w.text) {
        g.lineWidth = 3;
        g.strokeStyle = '#000000';
        g.strokeText(w.text, ex + 8, ey + 4);
        g.fillText(w.text, ex + 8, ey + 4);
        g.strokeStyle = WARNING_COLOR;
      }
    }
    g.restore();
  }

  /** An amber ring round the symbol of every warned track. */
  warningRings(g) {
    g.save();
    g.strokeStyle = WARNING_COLOR;
    g.lineWidth = 2.5;
    const r = this.atlas.cell * 0.55;
    for (const w of this.warnings) {
      const i = this.index.get(w.trackId);
      if (i === undefined || !this.visible[i]) continue;
      g.beginPath();
      g.arc(this.px[i], this.py[i], r, 0, 2 * Math.PI);
      g.stroke();
    }
    g.restore();
  }

  /** Symbols from the atlas, or identity-coloured squares above DENSE_LIMIT tracks in view. */
  symbols(g, inView, scale) {
    const { px, py, visible } = this;
    const n = this.n;
    if (inView > DENSE) {
      for (let k = 0; k < IDENTITIES.length; k++) {
        g.beginPath();
        for (let i = 0; i < n; i++) {
          if (visible[i] && this.idc[i] === k) g.rect(Math.round(px[i]) - 2, Math.round(py[i]) - 2, 5, 5);
        }
        g.fillStyle = IDENTITIES[k].color;
        g.fill();
      }
      return;
    }
    const atlas = this.atlas;
    const cell = atlas.cell;
    const size = Math.round(cell * scale);
    for (let pass = 0; pass < 2; pass++) {
      g.globalAlpha = pass === 0 ? 1 : 0.5;
      for (let i = 0; i < n; i++) {
        if (!visible[i] || this.coast[i] !== pass) continue;
        const ci = this.cellIdx[i];
        const sx = (ci % atlas.columns) * cell;
        const sy = ((ci / atlas.columns) | 0) * cell;
        g.drawImage(atlas.canvas, sx, sy, cell, cell, Math.round(px[i] - size / 2), Math.round(py[i] - size / 2), size, size);
      }
    }
    g.globalAlpha = 1;
  }

  /** Labels (track number, callsign / ICAO, flight level, speed) and the selection ring. */
  renderLabels(g, inView) {
    const { px, py, visible } = this;
    const n = this.n;
    if (inView <= LABEL_LIMIT && DRAW.includes('x')) {
      g.font = '11px "DejaVu Sans Mono", monospace';
      g.lineWidth = 3;
      g.strokeStyle = '#000000';
      const placed = [];
      for (let i = 0; i < n; i++) {
        if (!visible[i]) continue;
        const t = this.trk[i];
        const lines = labelLines(t, this.dataBlock, this.identity[i]);
        if (lines.length === 0) continue;
        const wPx = Math.max(...lines.map((l) => g.measureText(l).width));
        const box = placeLabel(placed, px[i], py[i], wPx, LABEL_H_PX);
        if (!box) continue;
        placed.push(box);
        g.fillStyle = IDENTITIES[this.idc[i]].color;
        lines.forEach((l, k) => {
          g.strokeText(l, box[0], box[1] + 10 + 13 * k);
          g.fillText(l, box[0], box[1] + 10 + 13 * k);
        });
        if (box[4]) {
          // a label moved off its symbol gets a thin line to it
          g.beginPath();
          g.moveTo(px[i], py[i]);
          g.lineTo(box[0] + (box[0] < px[i] ? wPx : 0), box[1] + 13);
          g.lineWidth = 1;
          g.strokeStyle = IDENTITIES[this.idc[i]].color;
          g.stroke();
          g.lineWidth = 3;
          g.strokeStyle = '#000000';
        }
      }
    }
    const sel = this.selectedId != null ? this.index.get(this.selectedId) : undefined;
    if (sel !== undefined) {
      g.beginPath();
      g.arc(px[sel], py[sel], this.atlas.cell * 0.4, 0, 2 * Math.PI);
      g.lineWidth = 2;
      g.strokeStyle = '#ffffff';
      g.stroke();
    }
  }
}

const LABEL_H_PX = 27;
/** Label positions tried in turn, as [dx, dy] of the top-left corner from the symbol, and whether it is "moved". */
const LABEL_SLOTS = [[14, -14, false], [14, 16, true], [-14, -14, true], [14, -44, true], [14, 46, true], [-14, 16, true]];

/**
 * The first label box [x, y, w, h, moved] near (x, y) that overlaps no placed box, or null.
 * Greedy and quadratic: there are at most LABEL_LIMIT labels.
 */
export function placeLabel(placed, x, y, w, h) {
  for (const [dx, dy, moved] of LABEL_SLOTS) {
    const bx = dx < 0 ? x + dx - w : x + dx;
    const by = y + dy;
    const clear = placed.every((b) => bx >= b[0] + b[2] || bx + w <= b[0] || by >= b[1] + b[3] || by + h <= b[1]);
    if (clear) return [bx, by, w, h, moved];
  }
  return null;
}

/** Fits a 2D canvas to the frame, clears it and returns its context drawing in CSS pixels. */
function clear2d(canvas, w, h, ratio) {
  fitCanvas(canvas, w, h, ratio);
  const g = canvas.getContext('2d');
  g.setTransform(1, 0, 0, 1, 0, 0);
  g.clearRect(0, 0, canvas.width, canvas.height);
  g.setTransform(ratio, 0, 0, ratio, 0, 0);
  return g;
}

/** Identity colours as [r, g, b] in 0..1 for WebGL. */
const RGBA = IDENTITIES.map((d) => [1, 3, 5].map((o) => parseInt(d.color.slice(o, o + 2), 16) / 255));
