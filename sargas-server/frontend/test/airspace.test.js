// Unit tests of what alerts mean for the map: alert styles, early-warning text and drawing rules,
// runway suspensions, zone styles (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  activeWarnings, alertStyle, parseRunways, shortTime, suspensionState, suspensionText, warningText, zoneStyleSpec,
} from '../src/airspace.js';

const alert = (over = {}) => ({
  alertId: 'A-1', kind: 'VIOLATION', severity: 'CRITICAL', time: '2025-10-23T15:05:00Z', trackId: 'T1', zoneId: 'LTU',
  message: '', state: 'NEW', acknowledgedBy: null, acknowledgedAt: null, violationId: null,
  predictedEntryTime: null, leadTimeS: null, predictedEntryPoint: null, ...over,
});
const warning = (over = {}) => alert({
  alertId: 'W-1', kind: 'EARLY_WARNING', severity: 'WARNING', time: '2025-10-23T15:04:00Z',
  message: 'T1 predicted to enter LTU', predictedEntryTime: '2025-10-23T15:05:00Z', leadTimeS: 60,
  predictedEntryPoint: { lat: 55.1, lon: 24.0 }, violationId: null, ...over,
});

test('alert style: violations red, early warnings amber, suspensions red, all-clear green, others by severity', () => {
  assert.equal(alertStyle(alert()).tone, 'critical');
  assert.equal(alertStyle(warning()).tone, 'warning');
  assert.equal(alertStyle(warning({ severity: 'CRITICAL' })).tone, 'warning');
  assert.notEqual(alertStyle(warning()).color, alertStyle(alert()).color);
  assert.equal(alertStyle(alert({ kind: 'RUNWAY_SUSPENSION' })).tone, 'suspension');
  assert.equal(alertStyle(alert({ kind: 'RUNWAY_SUSPENSION', severity: 'INFO' })).tone, 'clear');
  assert.equal(alertStyle(alert({ kind: 'EMERGENCY_SQUAWK' })).tone, 'critical');
  assert.equal(alertStyle(alert({ kind: 'SENSOR_DOWN', severity: 'WARNING' })).tone, 'warning');
  assert.equal(alertStyle(alert({ kind: 'SOMETHING_NEW', severity: 'INFO' })).tone, 'info');
  assert.equal(alertStyle(warning()).label, 'EARLY WARNING');
});

test('early warning text: "enters ZONE in N s at HH:MM:SSZ"', () => {
  assert.equal(warningText(warning({ leadTimeS: 42.4, predictedEntryTime: '2025-10-23T15:04:42.400Z' })),
    'enters LTU in 42 s at 15:04:42Z');
  // lead time missing: from the alert time to the predicted entry
  assert.equal(warningText(warning({ leadTimeS: null })), 'enters LTU in 60 s at 15:05:00Z');
  assert.equal(warningText(warning({ leadTimeS: 90, predictedEntryTime: null })), 'enters LTU in 90 s');
  assert.equal(warningText(warning({ leadTimeS: null, predictedEntryTime: null })), null);
  assert.equal(warningText(alert()), null);
  assert.equal(shortTime('2025-10-23T15:04:42.400Z'), '15:04:42Z');
});

test('warning drawn while NEW or ACKNOWLEDGED and until 60 s after the predicted entry', () => {
  const w = warning();
  const drawn = activeWarnings([w], [], '2025-10-23T15:04:30Z');
  assert.deepEqual(drawn, [{ alertId: 'W-1', trackId: 'T1', zoneId: 'LTU', lat: 55.1, lon: 24.0, entryTime: '2025-10-23T15:05:00Z' }]);
  assert.equal(activeWarnings([warning({ state: 'ACKNOWLEDGED' })], [], '2025-10-23T15:04:30Z').length, 1);
  assert.equal(activeWarnings([warning({ state: 'CLOSED' })], [], '2025-10-23T15:04:30Z').length, 0);
  assert.equal(activeWarnings([w], [], '2025-10-23T15:06:00Z').length, 1, 'entry + 60 s is still drawn');
  assert.equal(activeWarnings([w], [], '2025-10-23T15:06:00.001Z').length, 0, 'older than entry + 60 s');
  assert.equal(activeWarnings([w], [], null).length, 1, 'no picture time yet');
  // no predicted entry time: time + lead time
  assert.equal(activeWarnings([warning({ predictedEntryTime: null })], [], '2025-10-23T15:06:00Z').length, 1);
  assert.equal(activeWarnings([warning({ predictedEntryTime: null })], [], '2025-10-23T15:06:01Z').length, 0);
  // nothing to draw without a predicted entry point
  assert.equal(activeWarnings([warning({ predictedEntryPoint: null })], [], '2025-10-23T15:04:30Z').length, 0);
  assert.equal(activeWarnings([alert()], [], '2025-10-23T15:04:30Z').length, 0);
});

test('a later violation of the same track and zone supersedes the warning on the map', () => {
  const w = warning();
  const now = '2025-10-23T15:05:10Z';
  assert.equal(activeWarnings([w, alert({ time: '2025-10-23T15:05:02Z' })], [], now).length, 0);
  // another track or another zone does not
  assert.equal(activeWarnings([w, alert({ trackId: 'T2' })], [], now).length, 1);
  assert.equal(activeWarnings([w, alert({ zoneId: 'POL' })], [], now).length, 1);
  // a violation that ended before the warning (the track left and comes back) does not
  const earlier = { violationId: 'T1/LTU/1', trackId: 'T1', zone: 'LTU', entryTime: '2025-10-23T14:50:00Z', exitTime: '2025-10-23T14:55:00Z' };
  assert.equal(activeWarnings([w, alert({ time: earlier.entryTime })], [earlier], now).length, 1);
  // an open violation does, even with an entry estimated before the warning was raised
  const open = { violationId: 'T1/LTU/2', trackId: 'T1', zone: 'LTU', entryTime: '2025-10-23T15:03:59Z', exitTime: null };
  assert.equal(activeWarnings([w], [open], now).length, 0);
});

test('only the newest warning of a track and zone is drawn', () => {
  const first = warning();
  const again = warning({ alertId: 'W-2', time: '2025-10-23T15:04:20Z', predictedEntryPoint: { lat: 55.2, lon: 24.1 } });
  const drawn = activeWarnings([again, first], [], '2025-10-23T15:04:30Z');
  assert.equal(drawn.length, 1);
  assert.equal(drawn[0].alertId, 'W-2');
  const other = warning({ alertId: 'W-3', trackId: 'T2' });
  assert.equal(activeWarnings([first, again, other], [], '2025-10-23T15:04:30Z').length, 2);
});

test('runways of the server messages', () => {
  assert.deepEqual(parseRunways('Suspend operations on runway(s) 04L/22R, 12/30 at EKCH: drone track T0000003 in the airport protection zone'),
    ['04L/22R', '12/30']);
  assert.deepEqual(parseRunways('Airport protection zone of EKCH clear of drones for 300 s: operations on runway(s) 04L/22R may resume'),
    ['04L/22R']);
  assert.deepEqual(parseRunways('no runways named here'), []);
  assert.deepEqual(parseRunways(null), []);
});

test('runway suspension: raised, more runways, all clear', () => {
  const raise = alert({ alertId: 'EKCH/suspend/1', kind: 'RUNWAY_SUSPENSION', time: '2025-10-23T15:10:00Z', trackId: 'T3', zoneId: 'EKCH',
    message: 'Suspend operations on runway(s) 04L/22R at EKCH: drone track T3 in the airport protection zone' });
  const more = alert({ alertId: 'EKCH/suspend/2', kind: 'RUNWAY_SUSPENSION', time: '2025-10-23T15:11:30Z', trackId: 'T3', zoneId: 'EKCH',
    state: 'ACKNOWLEDGED', message: 'Suspend operations on runway(s) 04L/22R, 04R/22L at EKCH: drone track T3 in the airport protection zone' });
  const clear = alert({ alertId: 'EKCH/resume/3', kind: 'RUNWAY_SUSPENSION', severity: 'INFO', time: '2025-10-23T15:20:00Z', trackId: null,
    zoneId: 'EKCH', message: 'Airport protection zone of EKCH clear of drones for 300 s: operations on runway(s) 04L/22R, 04R/22L may resume' });
  const other = alert({ alertId: 'A-x', time: '2025-10-23T15:12:00Z' });

  let s = suspensionState([raise, other]);
  assert.deepEqual([...s.keys()], ['EKCH']);
  assert.equal(s.get('EKCH').since, '2025-10-23T15:10:00Z');
  assert.deepEqual(s.get('EKCH').runways, ['04L/22R']);
  assert.equal(suspensionText(s.get('EKCH')), 'EKCH: runway operations suspended since 15:10:00Z (runway 04L/22R)');

  s = suspensionState([more, other, raise]); // any order: by time
  assert.equal(s.get('EKCH').since, '2025-10-23T15:10:00Z', 'since the first raise');
  assert.deepEqual(s.get('EKCH').runways, ['04L/22R', '04R/22L']);
  assert.equal(s.get('EKCH').alertId, 'EKCH/suspend/2');
  assert.ok(suspensionText(s.get('EKCH')).startsWith('EKCH: runway operations suspended since 15:10:00Z'));

  s = suspensionState([clear, more, raise]);
  assert.equal(s.size, 0, 'all clear');

  // raised again after the all-clear: a new suspension since the new raise
  const again = { ...raise, alertId: 'EKCH/suspend/4', time: '2025-10-23T15:30:00Z' };
  s = suspensionState([raise, more, clear, again]);
  assert.equal(s.get('EKCH').since, '2025-10-23T15:30:00Z');
  assert.deepEqual(s.get('EKCH').runways, ['04L/22R']);

  // airports are independent
  const essa = { ...raise, alertId: 'ESSA/suspend/5', zoneId: 'ESSA', message: 'Suspend operations on runway(s) 01L/19R at ESSA: drone' };
  s = suspensionState([raise, essa, clear]);
  assert.deepEqual([...s.keys()], ['ESSA']);
});

test('zone styles: national airspace as before, airports thin until suspended, other zones dashed', () => {
  const none = new Set();
  const national = zoneStyleSpec({ zoneId: 'LTU', kind: 'NATIONAL_AIRSPACE', name: 'LTU national airspace' }, none);
  assert.equal(national.stroke, '#4fc3ff');
  assert.equal(national.width, 2);
  assert.equal(national.text, null);
  const airport = { zoneId: 'EKCH', kind: 'AIRPORT_DRONE_RESTRICTION', name: 'Copenhagen Kastrup' };
  const normal = zoneStyleSpec(airport, none);
  assert.equal(normal.width, 1);
  assert.equal(normal.fill, null);
  assert.equal(normal.hatch, null);
  const suspended = zoneStyleSpec(airport, new Set(['EKCH']));
  assert.equal(suspended.text, 'EKCH RUNWAYS SUSPENDED');
  assert.ok(suspended.hatch && suspended.fill);
  assert.ok(suspended.zIndex > national.zIndex);
  assert.equal(zoneStyleSpec(airport, new Map([['ESSA', {}]])).hatch, null, 'another airport suspended');
  const other = zoneStyleSpec({ zoneId: 'R1', kind: 'RESTRICTED', name: 'EY R-1' }, none);
  assert.deepEqual(other.dash, [6, 4]);
  assert.equal(other.text, 'EY R-1');
});
