// The operator's map: wires the API (docs/api.md) to the map layers and panels.
import 'ol/ol.css';
import './style.css';
import Map from 'ol/Map.js';
import View from 'ol/View.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import VectorSource from 'ol/source/Vector.js';
import VectorLayer from 'ol/layer/Vector.js';
import TileLayer from 'ol/layer/Tile.js';
import XYZ from 'ol/source/XYZ.js';
import { ScaleLine, defaults as defaultControls } from 'ol/control.js';
import { fromLonLat } from 'ol/proj.js';
import { Style, Stroke, Fill, Text } from 'ol/style.js';
import { getJsonOr, PictureStream } from './api.js';
import { LiveState } from './state.js';
import { TrackPicture, displayName, flightLevel, knots } from './picture.js';
import { AlertPanel, el, renderSuspensions } from './alerts.js';
import { activeWarnings, suspensionState, zoneStyleSpec } from './airspace.js';
import { TrackTable } from './table.js';
import { SensorView } from './sensors.js';
import { Timeline } from './timeline.js';
import { IncidentView } from './incident.js';
import { Replay } from './replay.js';
import { TrackHistory } from './history.js';
import { measureFrames, startSyntheticFeed } from './bench.js';

const params = new URLSearchParams(location.search);
/** Script errors, for the browser test (which expects none). */
window.__sargasErrors = [];
window.addEventListener('error', (e) => window.__sargasErrors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__sargasErrors.push(String(e.reason)));
const state = new LiveState();
const liveTracks = new globalThis.Map();
/** What the live feed last told about each track's nature (class, identity): replay frames lack it. */
const trackMeta = new globalThis.Map();
function remember(t) {
  const m = trackMeta.get(t.trackId);
  const id = t.identity || {};
  if (m && m.class === t.class && m.identity && m.identity.callsign === id.callsign && m.identity.icao === id.icao
    && m.identity.remoteId === id.remoteId) return;
  trackMeta.set(t.trackId, { class: t.class, classConfidence: t.classConfidence, identity: t.identity, sigmaM: t.sigmaM });
}

// ---- map and background (no internet needed: borders and zones come from the server) ----
const borderSource = new VectorSource();
const zoneSource = new VectorSource();
/** Airports whose runway operations are suspended (airspace.js suspensionState of the alerts). */
let suspensions = new globalThis.Map();
const zoneLayer = new VectorLayer({ source: zoneSource, style: zoneStyle });
const map = new Map({
  target: 'map',
  controls: defaultControls({ attribution: true }).extend([new ScaleLine({ units: 'nautical' })]),
  layers: [
    new VectorLayer({
      source: borderSource,
      style: new Style({ fill: new Fill({ color: '#16283a' }), stroke: new Stroke({ color: '#5d7890', width: 1 }) }),
    }),
    zoneLayer,
  ],
  view: new View({ center: fromLonLat([23.0, 55.0]), zoom: 6.5 }),
});

/** OpenLayers styles of zoneStyleSpec, cached by their values (the hatching is one canvas pattern). */
const zoneStyles = new globalThis.Map();
const hatchPatterns = new globalThis.Map();
function zoneStyle(f) {
  const spec = zoneStyleSpec(f.getProperties(), suspensions);
  const key = JSON.stringify(spec);
  let styles = zoneStyles.get(key);
  if (!styles) {
    styles = [new Style({
      zIndex: spec.zIndex,
      stroke: new Stroke({ color: spec.stroke, width: spec.width, lineDash: spec.dash || undefined }),
      fill: spec.fill ? new Fill({ color: spec.fill }) : undefined,
      text: spec.text ? new Text({ text: spec.text, font: spec.font, fill: new Fill({ color: spec.textColor }),
        stroke: new Stroke({ color: '#000', width: 3 }), overflow: true }) : undefined,
    })];
    if (spec.hatch) styles.push(new Style({ zIndex: spec.zIndex, fill: new Fill({ color: hatch(spec.hatch) }) }));
    zoneStyles.set(key, styles);
  }
  return styles;
}

/** A repeating diagonal hatching of one colour. */
function hatch(color) {
  if (!hatchPatterns.has(color)) {
    const c = document.createElement('canvas');
    c.width = 10;
    c.height = 10;
    const g = c.getContext('2d');
    g.strokeStyle = color;
    g.lineWidth = 2;
    g.beginPath();
    g.moveTo(0, 10);
    g.lineTo(10, 0);
    g.moveTo(-2, 2);
    g.lineTo(2, -2);
    g.moveTo(8, 12);
    g.lineTo(12, 8);
    g.stroke();
    hatchPatterns.set(color, g.createPattern(c, 'repeat'));
  }
  return hatchPatterns.get(color);
}

/**
 * Re-derives what the alerts draw on the map: the suspended airports (zone style, banner) and the
 * early warnings (not during a replay, whose picture is another time).
 */
function refreshAirspace() {
  const next = suspensionState(state.alerts.values());
  const sig = (m) => [...m.values()].map((x) => `${x.zoneId}|${x.since}|${x.runways.join(',')}`).join(';');
  if (sig(next) !== sig(suspensions)) {
    suspensions = next;
    zoneLayer.changed();
    renderSuspensions(document.getElementById('suspensions'), suspensions);
  }
  picture.setWarnings(replay.active ? [] : activeWarnings(state.alerts.values(), state.violations.values(), state.time));
}

const picture = new TrackPicture(map, () => state.identityContext());
const sensorView = new SensorView(map, document.getElementById('panel-sensors'));
const trackHistory = new TrackHistory(map);

// ---- panels ----
const operatorInput = document.getElementById('operator');
operatorInput.value = localStorage.getItem('sargas.operator') || 'operator';
operatorInput.onchange = () => localStorage.setItem('sargas.operator', operatorInput.value);

function showTab(name) {
  for (const b of document.querySelectorAll('#tabs button')) b.classList.toggle('active', b.dataset.tab === name);
  for (const p of document.querySelectorAll('.panel')) p.classList.toggle('active', p.id === `panel-${name}`);
  if (name === 'tracks') table.render(true);
}
for (const b of document.querySelectorAll('#tabs button')) b.onclick = () => showTab(b.dataset.tab);

const actions = {
  operator: () => operatorInput.value || 'operator',
  showTab,
  selectTrack,
  openIncident,
  replay: (from, to) => replay.load(from, to),
};
const alertPanel = new AlertPanel(document.getElementById('panel-alerts'), state, actions);
const tracksPanel = document.getElementById('panel-tracks');
const details = el('div', 'hint');
details.dataset.testid = 'track-details';
tracksPanel.append(details);
const table = new TrackTable(tracksPanel, picture, actions);
const timeline = new Timeline(document.getElementById('timeline'), state, openIncident);
const incident = new IncidentView(map, document.getElementById('panel-incident'), state, actions);
const replay = new Replay(document.getElementById('replay'), picture, {
  now: () => state.time,
  meta: (id) => trackMeta.get(id),
  time: (iso) => setClock(iso),
  enter: () => {
    setMode(true);
    picture.setWarnings([]);
  },
  exit: () => {
    setMode(false);
    picture.reset([...liveTracks.values()]);
    setClock(state.time);
    refreshAirspace();
  },
});

function setMode(isReplay) {
  const m = document.getElementById('mode');
  m.textContent = isReplay ? 'REPLAY' : 'LIVE';
  m.className = `mode ${isReplay ? 'replay' : 'live'}`;
}

function setClock(iso) {
  document.getElementById('clock').textContent = iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}Z` : '--:--:--Z';
}

function selectTrack(trackId) {
  picture.select(trackId);
  const t = picture.get(trackId);
  showTab('tracks');
  if (replay.active) trackHistory.clear();
  else trackHistory.show(trackId);
  if (!t) {
    details.textContent = `${trackId}: not in the picture`;
    return;
  }
  details.textContent = `${t.trackId} ${displayName(t)} · ${picture.identityOf(trackId)} ${t.class} · `
    + `${t.lat.toFixed(4)}, ${t.lon.toFixed(4)} · ${flightLevel(t.altM)} · ${Math.round(knots(t.speedMps))} kt · `
    + `σ ${Math.round(t.sigmaM ?? 0)} m · ${t.state}`;
  const view = map.getView();
  const extent = view.calculateExtent(map.getSize());
  const [x, y] = fromLonLat([t.lon, t.lat]);
  if (x < extent[0] || x > extent[2] || y < extent[1] || y > extent[3]) view.animate({ center: [x, y], duration: 300 });
}

async function openIncident(violationId) {
  showTab('incident');
  timeline.selected = violationId;
  timeline.render(state.time);
  await incident.open(violationId);
}

map.on('singleclick', (ev) => {
  const id = picture.nearestAt(ev.pixel);
  if (id) selectTrack(id);
});

// ---- live feed ----
const updateTimes = [];
let lastTimelineRender = 0;

function updateCounts() {
  const up = state.sensors.filter((s) => s.status === 'UP').length;
  document.getElementById('counts').textContent = `${picture.size} tracks · ${up}/${state.sensors.length} sensors up`;
}

function onMessage(msg) {
  const t0 = performance.now();
  switch (msg.type) {
    case 'snapshot':
      liveTracks.clear();
      for (const t of msg.tracks || []) {
        liveTracks.set(t.trackId, t);
        remember(t);
      }
      state.alerts.clear();
      state.violations.clear();
      for (const v of msg.violations || []) state.violations.set(v.violationId, v);
      for (const a of msg.alerts || []) state.alerts.set(a.alertId, a);
      state.setSensors(msg.sensors || []);
      state.time = msg.time || state.time;
      if (!replay.active) picture.reset([...liveTracks.values()]);
      alertPanel.render();
      timeline.render(state.time);
      break;
    case 'tracks':
      for (const t of msg.tracks || []) {
        if (t.state === 'DROPPED') liveTracks.delete(t.trackId);
        else {
          liveTracks.set(t.trackId, t);
          remember(t);
        }
      }
      for (const id of msg.dropped || []) liveTracks.delete(id);
      state.time = msg.time || state.time;
      if (!replay.active) {
        picture.update(msg.tracks || [], msg.dropped || []);
        updateTimes.push(performance.now() - t0);
      }
      break;
    case 'violation':
      state.putViolation(msg.violation);
      picture.refreshIdentities();
      timeline.render(state.time);
      if (incident.current && incident.current.violationId === msg.violation.violationId) incident.renderPanel(msg.violation);
      break;
    case 'alert':
      state.putAlert(msg.alert);
      picture.refreshIdentities();
      break;
    case 'sensors': {
      const byId = new globalThis.Map(state.sensors.map((s) => [s.id, s]));
      for (const s of msg.sensors || []) byId.set(s.id, s);
      state.setSensors([...byId.values()]);
      break;
    }
    default:
      break;
  }
  if (msg.type === 'snapshot' || msg.type === 'tracks' || msg.type === 'violation') refreshAirspace();
  if (!replay.active) setClock(state.time);
  updateCounts();
  table.render();
  const now = performance.now();
  if (now - lastTimelineRender > 5000) {
    lastTimelineRender = now;
    timeline.render(state.time);
  }
}

state.on('sensors', (list) => sensorView.update(list));
// raised, acknowledged (also from this page) or closed: suspensions and warnings may change
state.on('alert', () => refreshAirspace());

function setConn(up, text) {
  const c = document.getElementById('conn');
  c.textContent = text || (up ? 'connected' : 'disconnected');
  c.className = `conn ${up ? 'up' : 'down'}`;
}

document.getElementById('sound').onclick = (ev) => {
  ev.target.textContent = alertPanel.toggleSound() ? 'Sound: on' : 'Sound: off';
};

async function boot() {
  const config = await getJsonOr('/api/config', {});
  state.config.friendlyMode3a = new Set((config.friendlyMode3a || []).map(String));
  state.config.friendlyCallsignPrefixes = config.friendlyCallsignPrefixes || [];
  const tileUrl = params.get('tiles') || config.tileUrl;
  if (tileUrl) {
    map.getLayers().insertAt(0, new TileLayer({ source: new XYZ({ url: tileUrl, attributions: config.tileAttribution || '' }) }));
  }
  const fmt = new GeoJSON({ featureProjection: 'EPSG:3857' });
  const [borders, zones] = await Promise.all([
    getJsonOr('/api/borders', { type: 'FeatureCollection', features: [] }),
    getJsonOr('/api/zones', { type: 'FeatureCollection', features: [] }),
  ]);
  borderSource.addFeatures(fmt.readFeatures(borders));
  borderSource.setAttributions('Borders © OpenStreetMap contributors (ODbL)');
  zoneSource.addFeatures(fmt.readFeatures(zones));
  const synthetic = Number(params.get('synthetic') || 0);
  if (synthetic > 0) {
    setConn(true, `synthetic ${synthetic} tracks`);
    startSyntheticFeed(synthetic, onMessage);
    map.getView().setCenter(fromLonLat([22, 55]));
    map.getView().setZoom(Number(params.get('zoom') || 5.3));
  } else {
    new PictureStream(onMessage, (up) => setConn(up)).start();
  }
  const benchS = Number(params.get('bench') || 0);
  if (benchS > 0) measureFrames(map, benchS, updateTimes, picture.renderTimes);
}

window.__sargas = { map, picture, state, replay, liveTracks, openIncident, selectTrack, suspensions: () => suspensions };
boot();
