// The operator's map: wires the API (docs/api.md) to the map layers and panels. The node's
// configuration (GET /api/config, `web:`) picks the languages offered and an optional tile source;
// the operator's own choices (language, palette, filter, data block, trail, sound, layers) are kept
// in this browser (settings.js).
import 'ol/ol.css';
import './style.css';
import Map from 'ol/Map.js';
import View from 'ol/View.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import VectorSource from 'ol/source/Vector.js';
import VectorLayer from 'ol/layer/Vector.js';
import { ScaleLine, defaults as defaultControls } from 'ol/control.js';
import { fromLonLat, toLonLat } from 'ol/proj.js';
import { Style, Stroke, Fill, Text } from 'ol/style.js';
import { getJson, getJsonOr, PictureStream, releaseTrackIdentity, setTrackIdentity } from './api.js';
import { signInFromFragment } from './auth.js';
import { LiveState } from './state.js';
import { TrackPicture, displayName, flightLevel, knots, mercator } from './picture.js';
import { AlertPanel, el, renderSuspensions } from './alerts.js';
import { activeWarnings, suspensionState, zoneStyleSpec } from './airspace.js';
import { TrackTable } from './table.js';
import { SensorView } from './sensors.js';
import { FederationStatus } from './federation.js';
import { Timeline } from './timeline.js';
import { IncidentView } from './incident.js';
import { Replay } from './replay.js';
import { TrackHistory } from './history.js';
import { measureFrames, startSyntheticFeed } from './bench.js';
import { LANGUAGE_CODES, MESSAGES, chooseLanguage, duration, language, setLanguage, t, translatePage } from './i18n.js';
import { Basemap } from './basemap.js';
import { IDENTITY_NAMES, Settings, passesFilter, filterActive } from './settings.js';
import { FilterPanel, DisplayPanel } from './panels.js';
import { MeasureTool } from './measure.js';
import { dms, mgrsOf } from './geo.js';

const params = new URLSearchParams(location.search);
/** Script errors, for the browser test (which expects none). */
window.__sargasErrors = [];
window.addEventListener('error', (e) => window.__sargasErrors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__sargasErrors.push(String(e.reason)));

/** The picture is called stale when no track update arrived for this long (wall clock), ms. */
const STALE_MS = 5000;

async function start() {
  signInFromFragment();
  const config = await getJsonOr('/api/config', {});
  const web = config.web || {};
  const offered = (web.languages || LANGUAGE_CODES).filter((c) => MESSAGES[c]);
  const lang = setLanguage(chooseLanguage({
    query: params.get('lang'), stored: localStorage.getItem('sargas.lang'), browser: navigator.languages || [], offered,
  }));
  translatePage();
  document.title = `Sargas — ${t('page.title')}`;
  buildLanguageMenu(offered, lang);

  const settings = new Settings();
  const state = new LiveState();
  state.config.friendlyMode3a = new Set((web.friendlyMode3a || config.friendlyMode3a || []).map(String));
  state.config.friendlyCallsignPrefixes = web.friendlyCallsignPrefixes || config.friendlyCallsignPrefixes || [];
  const liveTracks = new globalThis.Map();
  /** What the live feed last told about each track's nature (class, identity): replay frames lack it. */
  const trackMeta = new globalThis.Map();
  const remember = (tr) => {
    const m = trackMeta.get(tr.trackId);
    const id = tr.identity || {};
    if (m && m.class === tr.class && m.identity && m.identity.callsign === id.callsign && m.identity.icao === id.icao
      && m.identity.remoteId === id.remoteId) return;
    trackMeta.set(tr.trackId, { class: tr.class, classConfidence: tr.classConfidence, identity: tr.identity, sigmaM: tr.sigmaM });
  };

  // ---- map and background (no internet needed: basemap, borders and zones come from the node) ----
  const borderSource = new VectorSource();
  const zoneSource = new VectorSource();
  /** Airports whose runway operations are suspended (airspace.js suspensionState of the alerts). */
  let suspensions = new globalThis.Map();
  const zoneStyles = new globalThis.Map();
  const hatchPatterns = new globalThis.Map();
  const zoneStyle = (f) => {
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
      if (spec.hatch) styles.push(new Style({ zIndex: spec.zIndex, fill: new Fill({ color: hatch(hatchPatterns, spec.hatch) }) }));
      zoneStyles.set(key, styles);
    }
    return styles;
  };
  const zoneLayer = new VectorLayer({ source: zoneSource, style: zoneStyle, zIndex: 0 });
  const map = new Map({
    target: 'map',
    controls: defaultControls({ attribution: true }).extend([new ScaleLine({ units: 'nautical' })]),
    layers: [zoneLayer],
    view: new View({ center: fromLonLat([23.0, 55.0]), zoom: 6.5 }),
  });
  const basemap = new Basemap(map, borderSource);
  const at = (params.get('at') || '').split(',').map(Number);
  if (at.length === 3 && at.every(Number.isFinite)) {
    map.getView().setCenter(fromLonLat([at[0], at[1]]));
    map.getView().setZoom(at[2]);
  }

  const picture = new TrackPicture(map, () => state.identityContext());
  const sensorView = new SensorView(map, document.getElementById('panel-sensors'));
  new FederationStatus(map, document.getElementById('federation')).start();
  const trackHistory = new TrackHistory(map);
  const measure = new MeasureTool(map, document.getElementById('measure'));

  // ---- panels ----
  // who is signed in: the name and roles come from the token, checked by the server
  const operatorName = document.getElementById('operator');
  getJson('/api/session')
    .then((s) => {
      operatorName.textContent = s.name;
      operatorName.title = `${s.subject} (${s.roles.join(', ')})`;
      document.body.dataset.roles = s.roles.join(' ');
    })
    .catch(() => {
      operatorName.textContent = t('top.signedOut');
    });

  let table;
  const showTab = (name) => {
    for (const b of document.querySelectorAll('#tabs button')) b.classList.toggle('active', b.dataset.tab === name);
    for (const p of document.querySelectorAll('.panel')) p.classList.toggle('active', p.id === `panel-${name}`);
    if (name === 'tracks') table.render(true);
    if (name === 'filter') filterPanel.render();
  };
  for (const b of document.querySelectorAll('#tabs button')) b.onclick = () => showTab(b.dataset.tab);

  /** The track the map follows (hooked), or null. */
  let hookedId = null;
  const actions = {
    showTab,
    selectTrack: (id) => selectTrack(id),
    openIncident: (id) => openIncident(id),
    replay: (from, to) => replay.load(from, to),
  };
  const alertPanel = new AlertPanel(document.getElementById('panel-alerts'), state, actions);
  const tracksPanel = document.getElementById('panel-tracks');
  const details = el('div', 'hint');
  details.dataset.testid = 'track-details';
  tracksPanel.append(details);
  const identityBox = el('div', 'identity-box');
  identityBox.dataset.testid = 'track-identity';
  tracksPanel.append(identityBox);
  /** The selected track's standard identity, its reasons, and the operator's override control. */
  const showIdentity = (tr) => {
    identityBox.replaceChildren();
    if (!tr || !tr.identity) return;
    const id = tr.identity;
    const head = el('div', 'identity-head');
    head.textContent = `${t('identity.title')}: ${t(`identity.${id.standardIdentity || 'PENDING'}`)}`
      + (id.setBy ? ` · ${t('identity.setBy', { who: id.setBy, when: (id.setAt || '').slice(11, 19) })}` : '');
    identityBox.append(head);
    if (tr.trust && tr.trust.suspect) {
      // the trust stage's flags (docs/security.md, "Spoofing and interference")
      const warn = el('div', 'trust-suspect',
        `${t('trust.suspect')}: ${tr.trust.reasons.join(', ')}${tr.trust.detail ? ` (${tr.trust.detail})` : ''}`);
      warn.dataset.testid = 'track-trust';
      identityBox.append(warn);
    }
    const reasons = el('ul', 'identity-reasons');
    for (const r of id.reasons || []) reasons.append(el('li', '', r));
    identityBox.append(reasons, el('p', 'hint', t('identity.notEngagement')));
    const select = el('select');
    select.dataset.testid = 'identity-select';
    for (const name of IDENTITY_NAMES.filter((n) => n !== 'PENDING')) {
      const o = el('option', '', t(`identity.${name}`));
      o.value = name;
      o.selected = name === id.standardIdentity;
      select.append(o);
    }
    const reason = el('input');
    reason.placeholder = t('identity.reason');
    reason.dataset.testid = 'identity-reason';
    const set = el('button', '', t('identity.set'));
    set.dataset.testid = 'identity-set';
    set.onclick = async () => {
      if (!reason.value.trim()) { reason.focus(); return; }
      try {
        await setTrackIdentity(tr.trackId, select.value, reason.value.trim());
        head.textContent = `${t('identity.title')}: ${t(`identity.${select.value}`)} · ${t('identity.pending')}`;
      } catch (e) { head.textContent = String(e.message || e); }
    };
    const form = el('div', 'identity-form');
    form.append(select, reason, set);
    if (id.setBy) {
      const release = el('button', '', t('identity.release'));
      release.dataset.testid = 'identity-release';
      release.onclick = async () => {
        try {
          await releaseTrackIdentity(tr.trackId);
          head.textContent = `${t('identity.title')}: ${t('identity.pending')}`;
        } catch (e) { head.textContent = String(e.message || e); }
      };
      form.append(release);
    }
    identityBox.append(form);
  };
  table = new TrackTable(tracksPanel, picture, actions);
  const timeline = new Timeline(document.getElementById('timeline'), state, (id) => openIncident(id));
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

  const sensorsById = () => new globalThis.Map(state.sensors.map((s) => [s.id, { lat: s.lat, lon: s.lon, maxRangeM: s.maxRangeM }]));
  const applyFilter = () => {
    const f = settings.value.filter;
    if (!filterActive(f)) picture.setFilter(null);
    else {
      const sensors = sensorsById();
      picture.setFilter((tr, identity) => passesFilter(tr, identity, f, sensors));
    }
    table.render(true);
    filterPanel.renderSummary();
  };
  const filterPanel = new FilterPanel(document.getElementById('panel-filter'), settings, picture, () => state.sensors);
  const displayPanel = new DisplayPanel(document.getElementById('panel-display'), settings, {
    tiles: () => (basemap.tileLayer ? (web.tileName || 'tiles') : null),
    basemap: () => basemap.manifest,
  });
  const applySettings = (s) => {
    picture.setDisplay({ trailLength: s.trailLength, dataBlock: s.dataBlock });
    // ?hide=towns,lakes hides layers for this visit (measurements), whatever the settings say
    const hidden = Object.fromEntries((params.get('hide') || '').split(',').filter(Boolean).map((k) => [k, false]));
    basemap.setVisible({ ...s.layers, ...hidden });
    sensorView.setRings(s.layers.rings);
    basemap.setPalette(s.palette);
    document.body.classList.toggle('day', s.palette === 'day');
    document.body.classList.toggle('night', s.palette !== 'day');
    document.getElementById('palette').textContent = s.palette === 'day' ? '☀' : '☾';
    alertPanel.soundBySeverity = { ...s.sound };
    applyFilter();
  };
  settings.onChange(applySettings);
  settings.onChange(() => displayPanel.render());

  const setMode = (isReplay) => {
    const m = document.getElementById('mode');
    m.textContent = t(isReplay ? 'mode.replay' : 'mode.live');
    m.className = `mode ${isReplay ? 'replay' : 'live'}`;
  };

  const setClock = (iso) => {
    document.getElementById('clock').textContent = iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)}Z` : '--:--:--Z';
  };

  const describe = (tr) => {
    const ident = picture.identityOf(tr.trackId);
    return `${tr.trackId} ${displayName(tr)} · ${ident ? t(`identity.${ident}`) : ''} ${t(`class.${tr.class || 'UNKNOWN'}`)} · `
      + `${tr.lat.toFixed(4)}, ${tr.lon.toFixed(4)} · ${flightLevel(tr.altM)} · ${Math.round(knots(tr.speedMps))} kt · `
      + `σ ${Math.round(tr.sigmaM ?? 0)} m · ${t(`trackState.${tr.state || 'CONFIRMED'}`)}`
      + (hookedId === tr.trackId ? ` · ⌖ ${t('details.hooked')}` : '');
  };

  function selectTrack(trackId, { show = true } = {}) {
    picture.select(trackId);
    const tr = picture.get(trackId);
    if (show) showTab('tracks');
    if (replay.active) trackHistory.clear();
    else trackHistory.show(trackId);
    if (!tr) {
      details.textContent = t('details.notInPicture', { id: trackId });
      return;
    }
    details.textContent = describe(tr);
    showIdentity(tr);
    const view = map.getView();
    const extent = view.calculateExtent(map.getSize());
    const [x, y] = fromLonLat([tr.lon, tr.lat]);
    if (x < extent[0] || x > extent[2] || y < extent[1] || y > extent[3]) view.animate({ center: [x, y], duration: 300 });
  }

  /** Hooks a track: the map keeps it centred as it moves, until released (Esc, or the operator pans). */
  const hook = (trackId) => {
    hookedId = trackId;
    if (!trackId) return;
    selectTrack(trackId, { show: false });
    follow();
  };
  const follow = () => {
    const tr = hookedId && picture.get(hookedId);
    if (!tr) return;
    map.getView().setCenter(mercator(tr.lat, tr.lon));
    if (picture.selectedId === hookedId) details.textContent = describe(tr);
  };
  map.on('pointerdrag', () => {
    hookedId = null;
  });

  async function openIncident(violationId) {
    showTab('incident');
    timeline.selected = violationId;
    timeline.render(state.time);
    await incident.open(violationId);
  }

  map.on('singleclick', (ev) => {
    if (measure.active) return;
    const id = picture.nearestAt(ev.pixel);
    if (id) selectTrack(id);
  });
  const cursor = document.getElementById('cursor');
  map.on('pointermove', (ev) => {
    const [lon, lat] = toLonLat(ev.coordinate);
    cursor.textContent = `${dms(lat, lon)}   ${mgrsOf(lat, lon)}`;
  });

  const refreshAirspace = () => {
    const next = suspensionState(state.alerts.values());
    const sig = (m) => [...m.values()].map((x) => `${x.zoneId}|${x.since}|${x.runways.join(',')}`).join(';');
    if (sig(next) !== sig(suspensions)) {
      suspensions = next;
      zoneLayer.changed();
      renderSuspensions(document.getElementById('suspensions'), suspensions);
    }
    picture.setWarnings(replay.active ? [] : activeWarnings(state.alerts.values(), state.violations.values(), state.time));
  };

  // ---- live feed ----
  const updateTimes = [];
  let lastTimelineRender = 0;
  /** performance.now() of the last picture message (snapshot or tracks), or null before the first. */
  let lastFeedMs = null;
  let connected = false;

  const updateCounts = () => {
    const up = state.sensors.filter((s) => s.status === 'UP').length;
    document.getElementById('counts').textContent = t('counts.line', { tracks: picture.size, up, sensors: state.sensors.length, count: picture.size });
  };

  /** Shows how old the picture is once no update arrived for STALE_MS (a stalled feed). */
  const updateAge = () => {
    const age = document.getElementById('age');
    const staleMs = lastFeedMs == null ? Infinity : performance.now() - lastFeedMs;
    const synthetic = Number(params.get('synthetic') || 0) > 0;
    // an empty sky sends no updates: with no track to age, only a lost connection makes the picture old
    if (replay.active || synthetic || (connected && (staleMs < STALE_MS || picture.size === 0))) {
      age.hidden = true;
      return;
    }
    age.hidden = false;
    age.textContent = lastFeedMs == null ? t('age.none') : t('age.old', { age: duration(staleMs / 1000) });
    age.className = `age ${staleMs > 30000 || !connected ? 'old' : 'stale'}`;
    age.dataset.ageS = String(Math.round(staleMs / 1000));
  };
  setInterval(updateAge, 1000);

  function onMessage(msg) {
    const t0 = performance.now();
    switch (msg.type) {
      case 'snapshot':
        lastFeedMs = t0;
        liveTracks.clear();
        for (const tr of msg.tracks || []) {
          liveTracks.set(tr.trackId, tr);
          remember(tr);
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
        lastFeedMs = t0;
        for (const tr of msg.tracks || []) {
          if (tr.state === 'DROPPED') liveTracks.delete(tr.trackId);
          else {
            liveTracks.set(tr.trackId, tr);
            remember(tr);
          }
        }
        for (const id of msg.dropped || []) liveTracks.delete(id);
        state.time = msg.time || state.time;
        if (!replay.active) {
          picture.update(msg.tracks || [], msg.dropped || []);
          updateTimes.push(performance.now() - t0);
          if (hookedId) follow();
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

  state.on('sensors', (list) => {
    sensorView.update(list);
    filterPanel.sensorsChanged();
    if (settings.value.filter.sensorId) applyFilter();
  });
  // raised, acknowledged (also from this page) or closed: suspensions and warnings may change
  state.on('alert', () => refreshAirspace());

  const setConn = (up, text) => {
    connected = up;
    const c = document.getElementById('conn');
    c.textContent = text || t(up ? 'conn.connected' : 'conn.disconnected');
    c.className = `conn ${up ? 'up' : 'down'}`;
    updateAge();
  };

  const soundButton = document.getElementById('sound');
  const toggleSound = () => {
    soundButton.textContent = t(alertPanel.toggleSound() ? 'sound.on' : 'sound.off');
  };
  soundButton.textContent = t('sound.off');
  soundButton.onclick = toggleSound;
  const togglePalette = () => settings.update({ palette: settings.value.palette === 'day' ? 'night' : 'day' });
  document.getElementById('palette').onclick = togglePalette;
  const help = document.getElementById('shortcuts');
  const toggleHelp = () => {
    help.hidden = !help.hidden;
  };
  document.getElementById('help').onclick = toggleHelp;
  renderShortcuts(help);

  // ---- keyboard: the operator's hands stay on the keys ----
  document.addEventListener('keydown', (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const tag = (ev.target && ev.target.tagName) || '';
    if (['INPUT', 'SELECT', 'TEXTAREA'].includes(tag) && ev.key !== 'Escape') return;
    const k = ev.key;
    if (k === 'a' || k === 'A') {
      alertPanel.acknowledgeFocused().catch((e) => console.error(e));
    } else if (k === 'n' || k === 'N') {
      const a = alertPanel.next();
      if (a && a.trackId) hook(a.trackId);
    } else if (k === 'f' || k === 'F') {
      if (picture.selectedId) hook(picture.selectedId);
    } else if (k === 'Escape') {
      hookedId = null;
      measure.stop();
      help.hidden = true;
      if (picture.selectedId && picture.get(picture.selectedId)) details.textContent = describe(picture.get(picture.selectedId));
    } else if (k === 'm' || k === 'M') {
      toggleSound();
    } else if (k === 'd' || k === 'D') {
      measure.toggle();
    } else if (k === 'p' || k === 'P') {
      togglePalette();
    } else if (k === 'l' || k === 'L') {
      showTab('filter');
    } else if (k === '?') {
      toggleHelp();
    } else return;
    ev.preventDefault();
  });

  // ---- background data, then the feed ----
  const tileUrl = params.get('tiles') || web.tileUrl || config.tileUrl;
  if (tileUrl) basemap.addTiles(tileUrl, web.tileAttribution || config.tileAttribution, web.tileMaxZoom || 19);
  applySettings(settings.value);
  const fmt = new GeoJSON({ featureProjection: 'EPSG:3857' });
  const [borders, zones] = await Promise.all([
    getJsonOr('/api/borders', { type: 'FeatureCollection', features: [] }),
    getJsonOr('/api/zones', { type: 'FeatureCollection', features: [] }),
    params.get('basemap') === 'off' ? null : basemap.load(params.get('basemap') || undefined),
  ]);
  borderSource.addFeatures(fmt.readFeatures(borders));
  borderSource.setAttributions('Borders © OpenStreetMap contributors (ODbL)');
  zoneSource.addFeatures(fmt.readFeatures(zones));
  displayPanel.render();
  const synthetic = Number(params.get('synthetic') || 0);
  if (synthetic > 0) {
    setConn(true, t('conn.synthetic', { n: synthetic }));
    startSyntheticFeed(synthetic, onMessage);
    map.getView().setCenter(fromLonLat([22, 55]));
    map.getView().setZoom(Number(params.get('zoom') || 5.3));
  } else {
    new PictureStream(onMessage, (up) => setConn(up)).start();
  }
  const benchS = Number(params.get('bench') || 0);
  if (benchS > 0) measureFrames(map, benchS, updateTimes, picture.renderTimes);

  window.__sargas = {
    map, picture, state, replay, liveTracks, openIncident, selectTrack, basemap, settings, measure, language,
    hooked: () => hookedId, hook, suspensions: () => suspensions, ready: true,
  };
}

/** The language menu: each language named in itself; choosing one reloads the page in it. */
function buildLanguageMenu(offered, lang) {
  const sel = document.getElementById('lang');
  for (const code of offered) {
    const o = el('option', '', `${code.toUpperCase()} · ${MESSAGES[code]['language.name']}`);
    o.value = code;
    o.selected = code === lang;
    sel.append(o);
  }
  sel.onchange = () => {
    localStorage.setItem('sargas.lang', sel.value);
    const u = new URL(location.href);
    u.searchParams.set('lang', sel.value);
    location.assign(u.toString());
  };
}

function renderShortcuts(box) {
  const rows = [['A', 'keys.ack'], ['N', 'keys.next'], ['F', 'keys.hook'], ['Esc', 'keys.release'], ['M', 'keys.mute'],
    ['D', 'keys.measure'], ['P', 'keys.palette'], ['L', 'keys.filter'], ['?', 'keys.help']];
  box.replaceChildren(el('b', '', t('keys.title')));
  const dl = el('dl');
  for (const [key, text] of rows) dl.append(el('dt', '', key), el('dd', '', t(text)));
  box.append(dl);
}

/** A repeating diagonal hatching of one colour. */
function hatch(cache, color) {
  if (!cache.has(color)) {
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
    cache.set(color, g.createPattern(c, 'repeat'));
  }
  return cache.get(color);
}

start().catch((e) => {
  window.__sargasErrors.push(String(e && e.stack ? e.stack : e));
  console.error(e);
});
