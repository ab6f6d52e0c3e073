// What the alerts mean for the map, as pure functions (node --test): the style of an alert by kind
// and severity, the text of an early warning, which early warnings are drawn on the map, which
// airports have their runway operations suspended, and the style of a protected zone. Words come
// from the language in use (i18n.js; English unless set).
import { t, utcTime } from './i18n.js';

/** Amber of early warnings (CSS --warning); red of violations and suspensions (CSS --critical). */
export const WARNING_COLOR = '#ffb020';
export const CRITICAL_COLOR = '#ff4040';
/** An early warning stays on the map until this long after its predicted entry time. */
export const WARNING_AFTER_ENTRY_MS = 60_000;

/** hh:mm:ssZ of an ISO time (the full date is in the title). */
export function shortTime(iso) {
  return utcTime(iso);
}

const ms = (iso) => (iso ? Date.parse(iso) : NaN);

/**
 * How an alert is shown: `tone` (the CSS class: critical red, warning amber, suspension red
 * hatched, clear green, info blue), `color` and a short `label` of its kind.
 *  - VIOLATION, EMERGENCY_SQUAWK: critical;
 *  - EARLY_WARNING: warning (amber), whatever the severity, so it is never mistaken for a violation;
 *  - RUNWAY_SUSPENSION: suspension when raised (CRITICAL), clear for the all-clear (INFO);
 *  - anything else (SENSOR_DOWN, new kinds): by severity.
 */
export function alertStyle(a) {
  switch (a.kind) {
    case 'VIOLATION':
      return { tone: 'critical', color: CRITICAL_COLOR, label: t('kind.VIOLATION') };
    case 'EMERGENCY_SQUAWK':
      return { tone: 'critical', color: CRITICAL_COLOR, label: t('kind.EMERGENCY_SQUAWK') };
    case 'EARLY_WARNING':
      return { tone: 'warning', color: WARNING_COLOR, label: t('kind.EARLY_WARNING') };
    case 'RUNWAY_SUSPENSION':
      return a.severity === 'INFO'
        ? { tone: 'clear', color: '#5ee06a', label: t('kind.RUNWAY_CLEAR') }
        : { tone: 'suspension', color: CRITICAL_COLOR, label: t('kind.RUNWAY_SUSPENSION') };
    default: {
      const label = a.kind === 'SENSOR_DOWN' ? t('kind.SENSOR_DOWN') : String(a.kind || '');
      if (a.severity === 'CRITICAL') return { tone: 'critical', color: CRITICAL_COLOR, label };
      if (a.severity === 'WARNING') return { tone: 'warning', color: WARNING_COLOR, label };
      return { tone: 'info', color: '#7fb2ff', label };
    }
  }
}

/**
 * "enters LTU in 42 s at 15:05:42Z" for an early warning (lead time as raised; from the entry
 * time when the lead time is missing), or null for other alerts and warnings without a prediction.
 */
export function warningText(a) {
  if (a.kind !== 'EARLY_WARNING') return null;
  let lead = Number.isFinite(a.leadTimeS) ? a.leadTimeS : NaN;
  if (!Number.isFinite(lead)) lead = (ms(a.predictedEntryTime) - ms(a.time)) / 1000;
  const zone = a.zoneId || t('warning.zone');
  const hasLead = Number.isFinite(lead);
  const at = a.predictedEntryTime ? shortTime(a.predictedEntryTime) : null;
  if (hasLead && at) return t('warning.entersInAt', { zone, s: Math.max(0, Math.round(lead)), at });
  if (hasLead) return t('warning.entersIn', { zone, s: Math.max(0, Math.round(lead)) });
  if (at) return t('warning.entersAt', { zone, at });
  return null;
}

/** The predicted entry time of a warning in epoch ms: the field, else time + lead time; NaN if neither. */
function entryMs(w) {
  const t = ms(w.predictedEntryTime);
  if (Number.isFinite(t)) return t;
  return Number.isFinite(w.leadTimeS) ? ms(w.time) + w.leadTimeS * 1000 : NaN;
}

/**
 * The early warnings drawn on the map at picture time `nowIso`: a dashed line from the track to
 * `predictedEntryPoint`, a marker there and a ring round the track. A warning is drawn when
 *  - it has a predicted entry point and is NEW or ACKNOWLEDGED (not CLOSED);
 *  - the picture time is not later than its predicted entry time + 60 s (with no predicted entry
 *    time: its own time + 60 s; with no picture time yet: always);
 *  - it is the newest warning of its track and zone (re-issued warnings replace older ones);
 *  - no violation of the same track and zone supersedes it: a VIOLATION alert at or after the
 *    warning, or a violation (`zone` or `zoneId`) still open or closed after the warning was raised.
 * @param {Iterable<object>} alerts API Alerts
 * @param {Iterable<object>} violations API Violations
 * @param {string|null} nowIso picture time
 * @returns {{alertId:string, trackId:string, zoneId:string, lat:number, lon:number, entryTime:string|null}[]}
 */
export function activeWarnings(alerts, violations, nowIso) {
  const now = ms(nowIso);
  const newest = new Map();
  const violationAlerts = new Map();
  for (const a of alerts) {
    const key = `${a.trackId}\u0000${a.zoneId}`;
    if (a.kind === 'VIOLATION') {
      const t = ms(a.time);
      if (!(violationAlerts.get(key) >= t)) violationAlerts.set(key, t);
    } else if (a.kind === 'EARLY_WARNING' && a.trackId) {
      const prev = newest.get(key);
      if (!prev || ms(prev.time) <= ms(a.time)) newest.set(key, a);
    }
  }
  /** Per track and zone: the latest end of its violations (Infinity while one is open). */
  const violationEnd = new Map();
  for (const v of violations) {
    const key = `${v.trackId}\u0000${v.zone ?? v.zoneId}`;
    const end = v.exitTime ? ms(v.exitTime) : Infinity;
    if (!(violationEnd.get(key) >= end)) violationEnd.set(key, end);
  }
  const out = [];
  for (const [key, w] of newest) {
    if (w.state === 'CLOSED') continue;
    const p = w.predictedEntryPoint;
    if (!p || !Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
    const issued = ms(w.time);
    if (Number.isFinite(now)) {
      const entry = entryMs(w);
      const until = (Number.isFinite(entry) ? entry : issued) + WARNING_AFTER_ENTRY_MS;
      if (now > until) continue;
    }
    if (violationAlerts.get(key) >= issued) continue;
    if (violationEnd.get(key) > issued) continue;
    out.push({ alertId: w.alertId, trackId: w.trackId, zoneId: w.zoneId, lat: p.lat, lon: p.lon, entryTime: w.predictedEntryTime ?? null });
  }
  return out;
}

/** The runway designators a suspension message names ("… runway(s) 04L, 22R at EKCH …"), or []. */
export function parseRunways(message) {
  const m = /runways?(?:\(s\))?\s+(.+?)\s+(?:at|may)\b/i.exec(message || '');
  return m ? m[1].split(/\s*,\s*/).filter(Boolean) : [];
}

/**
 * The airports whose runway operations are suspended, from the RUNWAY_SUSPENSION alerts in time
 * order: a CRITICAL one raises the suspension (or extends it to more runways; `since` stays the
 * first raise), an INFO one with the same zoneId (the airport ident) is the all-clear. The
 * acknowledgement state does not matter: only the all-clear ends a suspension.
 * @param {Iterable<object>} alerts API Alerts
 * @returns {Map<string, {zoneId:string, since:string, runways:string[], message:string, alertId:string, trackIds:string[]}>}
 */
export function suspensionState(alerts) {
  const list = [...alerts].filter((a) => a.kind === 'RUNWAY_SUSPENSION' && a.zoneId);
  list.sort((a, b) => ms(a.time) - ms(b.time) || (a.severity === 'INFO') - (b.severity === 'INFO'));
  const out = new Map();
  for (const a of list) {
    if (a.severity === 'INFO') {
      out.delete(a.zoneId);
      continue;
    }
    const s = out.get(a.zoneId) || { zoneId: a.zoneId, since: a.time, runways: [], message: '', alertId: a.alertId, trackIds: [] };
    for (const r of parseRunways(a.message)) if (!s.runways.includes(r)) s.runways.push(r);
    if (a.trackId && !s.trackIds.includes(a.trackId)) s.trackIds.push(a.trackId);
    s.message = a.message || s.message;
    s.alertId = a.alertId;
    out.set(a.zoneId, s);
  }
  return out;
}

/** The persistent banner line of a suspension: "EKCH: runway operations suspended since 15:05:42Z (runways 04L, 22R)". */
export function suspensionText(s) {
  const since = shortTime(s.since);
  if (!s.runways.length) return t('suspension.line', { zone: s.zoneId, since });
  return t('suspension.lineRunways', { zone: s.zoneId, since, runways: s.runways.join(', '), count: s.runways.length });
}

/**
 * How a protected zone is drawn, as plain values (main.js makes the OpenLayers style):
 *  - national airspace: blue outline, faint blue fill, no label;
 *  - an airport drone zone: a thin grey outline labelled with its ident; while its runway
 *    operations are suspended, a red outline, red hatching and the label "EKCH RUNWAYS SUSPENDED";
 *  - other zones: dashed orange outline, orange fill, their name.
 * @param {{zoneId?:string, kind?:string, name?:string, id?:string}} props GeoJSON properties
 * @param {{has(id:string):boolean}} suspended zone ids under suspension
 */
export function zoneStyleSpec(props, suspended) {
  const kind = props.kind;
  const id = props.zoneId || props.id || '';
  if (kind === 'NATIONAL_AIRSPACE') {
    return { stroke: '#4fc3ff', width: 2, dash: null, fill: 'rgba(79,195,255,0.05)', hatch: null, text: null, textColor: null, font: null, zIndex: 0 };
  }
  if (kind === 'AIRPORT_DRONE_RESTRICTION') {
    if (suspended.has(id)) {
      return { stroke: CRITICAL_COLOR, width: 2.5, dash: null, fill: 'rgba(255,64,64,0.18)', hatch: CRITICAL_COLOR,
        text: t('suspension.zoneLabel', { zone: id }), textColor: CRITICAL_COLOR, font: 'bold 12px sans-serif', zIndex: 3 };
    }
    return { stroke: '#9fb3c8', width: 1, dash: null, fill: null, hatch: null,
      text: id, textColor: '#9fb3c8', font: '10px sans-serif', zIndex: 2 };
  }
  return { stroke: '#ffb020', width: 1.5, dash: [6, 4], fill: 'rgba(255,176,32,0.12)', hatch: null,
    text: props.name || id, textColor: '#ffb020', font: '10px sans-serif', zIndex: 1 };
}
