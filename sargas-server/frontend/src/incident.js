// The incident view: entry, exit and maximum-depth points with their uncertainty, the track through
// the zone, the facts, and links to the report and the evidence bundle.
import Feature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import LineString from 'ol/geom/LineString.js';
import { circular } from 'ol/geom/Polygon.js';
import VectorSource from 'ol/source/Vector.js';
import VectorLayer from 'ol/layer/Vector.js';
import { Style, Stroke, Fill, Text, Circle as CircleStyle } from 'ol/style.js';
import { buffer, createEmpty, extend } from 'ol/extent.js';
import { getJson, getJsonOr, incidentEvidenceUrl, incidentReportUrl, openAuthenticated, replayUrl } from './api.js';
import { el } from './alerts.js';
import { mercator } from './picture.js';
import { duration, formatNumber, language, t, utcDateTime } from './i18n.js';

const MARK = { entry: '#5ee06a', exit: '#4fc3ff', depth: '#ff4040' };
/** Label placement [dx px, dy px, align] so that the three labels do not overlap when the points are close. */
const LABEL_AT = { entry: [0, 18, 'center'], exit: [0, -16, 'center'], depth: [12, 0, 'left'] };

export class IncidentView {
  constructor(map, panel, state, actions) {
    this.map = map;
    this.panel = panel;
    this.state = state;
    this.actions = actions;
    this.source = new VectorSource();
    this.layer = new VectorLayer({ source: this.source, style: (f) => style(f), zIndex: 8 });
    map.addLayer(this.layer);
    this.current = null;
  }

  async open(violationId) {
    let v = this.state.violations.get(violationId);
    if (!v) {
      const all = await getJsonOr('/api/violations', []);
      v = all.find((x) => x.violationId === violationId);
      for (const x of all) this.state.violations.set(x.violationId, x);
    }
    if (!v) {
      this.panel.replaceChildren(el('p', 'hint', t('incident.notFound', { id: violationId })));
      return;
    }
    this.current = v;
    this.renderPanel(v);
    const path = await this.trackPath(v);
    this.draw(v, path);
  }

  /** The track's positions around the violation: its history if live, else the replay window. */
  async trackPath(v) {
    const fromMs = Date.parse(v.entryTime) - 120000;
    const toMs = Date.parse(v.exitTime || v.entryTime) + 120000;
    const from = new Date(fromMs).toISOString();
    const to = new Date(toMs).toISOString();
    try {
      const h = await getJson(`/api/tracks/${encodeURIComponent(v.trackId)}`);
      const pts = (h.history || []).filter((p) => {
        const t = Date.parse(p.time);
        return t >= fromMs && t <= toMs;
      });
      if (pts.length > 1) return pts;
    } catch {
      // dropped track: fall back to the replay frames below
    }
    const r = await getJsonOr(replayUrl(from, to), { frames: [] });
    const pts = [];
    for (const f of r.frames || []) {
      const t = (f.tracks || []).find((x) => x.trackId === v.trackId);
      if (t) pts.push({ time: f.time, lat: t.lat, lon: t.lon, altM: t.altM, sigmaM: t.sigmaM });
    }
    return pts;
  }

  draw(v, path) {
    this.source.clear(true);
    const features = [];
    if (path.length > 1) {
      const f = new Feature(new LineString(path.map((p) => mercator(p.lat, p.lon))));
      f.set('kind', 'path', true);
      features.push(f);
    }
    const sigmaM = Math.max(...path.map((p) => p.sigmaM || 0), 0);
    const half95 = v.maxDepthHigh95M != null && v.maxDepthLow95M != null
      ? Math.max((v.maxDepthHigh95M - v.maxDepthLow95M) / 2, 1) : sigmaM;
    const mark = (kind, lat, lon, label, radiusM) => {
      if (lat == null || lon == null) return;
      if (radiusM > 0) {
        const ring = new Feature(circular([lon, lat], radiusM, 64).transform('EPSG:4326', 'EPSG:3857'));
        ring.setProperties({ kind: 'uncertainty', color: MARK[kind] }, true);
        features.push(ring);
      }
      const p = new Feature(new Point(mercator(lat, lon)));
      p.setProperties({ kind: 'mark', color: MARK[kind], label, labelAt: LABEL_AT[kind] }, true);
      features.push(p);
    };
    mark('entry', v.entryLat, v.entryLon, t('incident.markEntry', { at: hms(v.entryTime) }), sigmaM || half95);
    mark('exit', v.exitLat, v.exitLon, t('incident.markExit', { at: hms(v.exitTime) }), sigmaM || half95);
    mark('depth', v.maxDepthLat, v.maxDepthLon,
      t('incident.markDepth', { m: Math.round(v.maxDepthM ?? 0) }) + (v.maxDepthLow95M != null
        ? ` (95 %: ${formatNumber(Math.round(v.maxDepthLow95M))}–${formatNumber(Math.round(v.maxDepthHigh95M))} m)` : ''), half95);
    this.source.addFeatures(features);
    // frame the points (not the whole path), with room on the right for the labels
    const marks = features.filter((f) => f.get('kind') !== 'path');
    const src = marks.length ? marks : features;
    if (src.length) {
      const extent = src.reduce((e, f) => extend(e, f.getGeometry().getExtent()), createEmpty());
      const pad = 2500 / Math.cos(((v.entryLat ?? 0) * Math.PI) / 180);
      this.map.getView().fit(buffer(extent, pad), { padding: [60, 260, 60, 60], maxZoom: 14, duration: 400 });
    }
  }

  renderPanel(v) {
    const p = this.panel;
    p.replaceChildren();
    const h = el('h3', '', t('incident.title', { id: v.violationId }));
    h.dataset.testid = 'incident-title';
    p.append(h);
    const dl = el('dl', 'facts');
    dl.dataset.testid = 'incident-facts';
    const row = (k, val) => dl.append(el('dt', '', k), el('dd', '', val ?? '—'));
    row(t('incident.track'), v.trackId);
    row(t('incident.zone'), v.zone);
    row(t('incident.fromTo'), `${v.originCountry || '?'} → ${v.exitCountry || (v.exitTime ? '?' : t('incident.inside'))}`);
    row(t('incident.entry'), `${utcDateTime(v.entryTime)} ${pos(v.entryLat, v.entryLon)}`);
    row(t('incident.exit'), v.exitTime ? `${utcDateTime(v.exitTime)} ${pos(v.exitLat, v.exitLon)}` : t('incident.stillInside'));
    row(t('incident.duration'), v.durationS != null ? duration(Number(v.durationS)) : '—');
    row(t('incident.maxDepth'), v.maxDepthM != null ? t('incident.depthAt', { m: Math.round(v.maxDepthM), at: hms(v.maxDepthTime) }) : '—');
    row(t('incident.depth95'), v.maxDepthLow95M != null
      ? `${formatNumber(Math.round(v.maxDepthLow95M))} – ${formatNumber(Math.round(v.maxDepthHigh95M))} m` : '—');
    row(t('incident.probability'), v.probability != null ? `${formatNumber(v.probability * 100, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %` : '—');
    row(t('incident.status'), v.status ? t(`violationStatus.${v.status}`) : '—');
    p.append(dl);
    const legend = el('div', 'legend');
    for (const [k, c] of [[t('incident.legendEntry'), MARK.entry], [t('incident.legendExit'), MARK.exit], [t('incident.legendDepth'), MARK.depth]]) {
      const i = el('i');
      i.style.background = c;
      const s = el('span');
      s.append(i, k);
      legend.append(s);
    }
    legend.append(el('span', '', t('incident.legendRings')));
    p.append(legend);
    const links = el('div', 'links');
    const a = (text, href, testid, download) => {
      const x = el('a', '', text);
      x.href = href;
      x.target = '_blank';
      x.rel = 'noopener';
      x.dataset.testid = testid;
      if (download) x.setAttribute('download', download);
      // the href stays for copying; a click fetches with the token (a link carries none)
      x.onclick = (ev) => {
        ev.preventDefault();
        openAuthenticated(href, download).catch((e) => console.warn('sargas:', e.message));
      };
      links.append(x);
    };
    a(t('incident.report'), `${incidentReportUrl(v.violationId, 'html')}&lang=${language()}`, 'report-link');
    a('GeoJSON', incidentReportUrl(v.violationId, 'geojson'), 'geojson-link');
    a('KML', incidentReportUrl(v.violationId, 'kml'), 'kml-link');
    a(t('incident.evidence'), incidentEvidenceUrl(v.violationId), 'evidence-link', `${v.violationId}.zip`);
    p.append(links);
    const replay = el('button', '', `▶ ${t('incident.replay')}`);
    replay.dataset.testid = 'replay-incident';
    replay.onclick = () => {
      const from = new Date(Date.parse(v.entryTime) - 60000).toISOString();
      const to = new Date(Date.parse(v.exitTime || v.entryTime) + 60000).toISOString();
      this.actions.replay(from, to);
    };
    const close = el('button', '', t('incident.clear'));
    close.onclick = () => this.source.clear();
    const bar = el('div', 'links');
    bar.append(replay, close);
    p.append(bar);
  }
}

function style(f) {
  const kind = f.get('kind');
  if (kind === 'path') {
    return new Style({ stroke: new Stroke({ color: '#ffffff', width: 2, lineDash: [8, 5] }) });
  }
  const color = f.get('color');
  if (kind === 'uncertainty') {
    return new Style({ stroke: new Stroke({ color, width: 1.5, lineDash: [3, 3] }), fill: new Fill({ color: `${color}22` }) });
  }
  return new Style({
    image: new CircleStyle({ radius: 6, fill: new Fill({ color }), stroke: new Stroke({ color: '#000', width: 1.5 }) }),
    text: new Text({ text: f.get('label'), offsetX: f.get('labelAt')[0], offsetY: f.get('labelAt')[1], textAlign: f.get('labelAt')[2],
      font: 'bold 11px sans-serif', fill: new Fill({ color }),
      stroke: new Stroke({ color: '#000', width: 3 }) }),
  });
}

function pos(lat, lon) {
  return lat == null ? '' : `(${lat.toFixed(5)}, ${lon.toFixed(5)})`;
}

function hms(iso) {
  return iso ? `${iso.slice(11, 19)}Z` : '';
}
