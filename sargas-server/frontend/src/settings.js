// The operator's display settings (kept per browser in localStorage) and the pure rules that use
// them: which tracks the filter lets through and what a track's data block says (node --test).
import { t } from './i18n.js';

/** Trail length the picture can hold, in updates (the setting picks 0..MAX_TRAIL). */
export const MAX_TRAIL = 120;

/** Track classes of the API (TargetClass), in filter order. */
export const CLASSES = ['FAST_JET', 'LARGE_AIRCRAFT', 'HELICOPTER_OR_LIGHT_AIRCRAFT', 'SMALL_DRONE', 'LOITERING_MUNITION', 'BALLOON', 'UNKNOWN'];
/** Standard identities, in filter order. */
export const IDENTITY_NAMES = ['HOSTILE', 'SUSPECT', 'UNKNOWN', 'NEUTRAL', 'ASSUMED_FRIEND', 'FRIEND', 'PENDING', 'JOKER', 'FAKER'];
/** Alert severities, loudest first. */
export const SEVERITIES = ['CRITICAL', 'WARNING', 'INFO'];

/** Defaults of every setting; a stored value of another type is ignored. */
export const DEFAULTS = Object.freeze({
  trailLength: 30,
  dataBlock: Object.freeze({ trackNumber: true, callsign: true, altitude: true, speed: true, identity: false }),
  palette: 'night',
  sound: Object.freeze({ CRITICAL: true, WARNING: true, INFO: false }),
  layers: Object.freeze({ land: true, lakes: true, rivers: true, towns: true, airports: true, rings: true, graticule: false, tiles: true }),
  filter: Object.freeze({ classes: [], identities: [], minAltFt: null, maxAltFt: null, sensorId: '' }),
});

/** Settings from stored JSON merged over the defaults, key by key (unknown keys dropped). */
export function mergeSettings(stored) {
  const out = structuredClone({ ...DEFAULTS, dataBlock: { ...DEFAULTS.dataBlock }, sound: { ...DEFAULTS.sound },
    layers: { ...DEFAULTS.layers }, filter: { ...DEFAULTS.filter } });
  if (!stored || typeof stored !== 'object') return out;
  if (Number.isInteger(stored.trailLength)) out.trailLength = Math.max(0, Math.min(MAX_TRAIL, stored.trailLength));
  if (stored.palette === 'day' || stored.palette === 'night') out.palette = stored.palette;
  for (const group of ['dataBlock', 'sound', 'layers']) {
    for (const k of Object.keys(out[group])) {
      if (typeof stored[group]?.[k] === 'boolean') out[group][k] = stored[group][k];
    }
  }
  const f = stored.filter || {};
  if (Array.isArray(f.classes)) out.filter.classes = f.classes.filter((c) => CLASSES.includes(c));
  if (Array.isArray(f.identities)) out.filter.identities = f.identities.filter((c) => IDENTITY_NAMES.includes(c));
  for (const k of ['minAltFt', 'maxAltFt']) if (Number.isFinite(f[k])) out.filter[k] = f[k];
  if (typeof f.sensorId === 'string') out.filter.sensorId = f.sensorId;
  return out;
}

/** Settings kept in localStorage under one key. */
export class Settings {
  constructor(storage = globalThis.localStorage, key = 'sargas.settings') {
    this.storage = storage;
    this.key = key;
    let stored = null;
    try {
      stored = JSON.parse(storage?.getItem(key) || 'null');
    } catch {
      stored = null;
    }
    this.value = mergeSettings(stored);
    this.listeners = [];
  }

  /** Changes settings (a partial object, merged one level deep), saves them and tells the listeners. */
  update(patch) {
    const next = { ...this.value };
    for (const [k, v] of Object.entries(patch)) {
      next[k] = v && typeof v === 'object' && !Array.isArray(v) ? { ...this.value[k], ...v } : v;
    }
    this.value = mergeSettings(next);
    try {
      this.storage?.setItem(this.key, JSON.stringify(this.value));
    } catch {
      // private mode: settings last for this page only
    }
    for (const fn of this.listeners) fn(this.value);
  }

  onChange(fn) {
    this.listeners.push(fn);
  }
}

const FT_PER_M = 1 / 0.3048;

/** Whether a filter narrows anything. */
export function filterActive(f) {
  return f.classes.length > 0 || f.identities.length > 0 || f.minAltFt != null || f.maxAltFt != null || Boolean(f.sensorId);
}

/**
 * Whether a track passes the filter: its class among `classes` (none chosen: any), its identity among
 * `identities`, its altitude within [minAltFt, maxAltFt] (a track of unknown altitude passes only an
 * open band), and, with `sensorId`, inside that sensor's coverage (maxRangeM from the sensor: the API
 * does not say which sensors saw a track).
 * @param {object} track API Track
 * @param {string} identity the track's standard identity
 * @param {{classes:string[], identities:string[], minAltFt:number|null, maxAltFt:number|null, sensorId:string}} f
 * @param {Map<string, {lat:number, lon:number, maxRangeM:number}>} sensors by id
 */
export function passesFilter(track, identity, f, sensors = new Map()) {
  if (f.classes.length && !f.classes.includes(track.class || 'UNKNOWN')) return false;
  if (f.identities.length && !f.identities.includes(identity)) return false;
  if (f.minAltFt != null || f.maxAltFt != null) {
    if (track.altM == null || !Number.isFinite(track.altM)) return false;
    const ft = track.altM * FT_PER_M;
    if (f.minAltFt != null && ft < f.minAltFt) return false;
    if (f.maxAltFt != null && ft > f.maxAltFt) return false;
  }
  if (f.sensorId) {
    const s = sensors.get(f.sensorId);
    if (!s || !(s.maxRangeM > 0)) return false;
    if (greatCircleM(s.lat, s.lon, track.lat, track.lon) > s.maxRangeM) return false;
  }
  return true;
}

/** Great-circle distance on the mean Earth sphere (6,371,008.8 m), metres. */
export function greatCircleM(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLon = (lon2 - lon1) * r;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The short identity words of the data block ("HOS", "SUS", …) in the language in use. */
export function identityShort(identity) {
  return identity ? t(`identShort.${identity}`) : '';
}
