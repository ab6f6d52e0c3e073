// Unit tests of the operator's settings: stored values merged over the defaults, the filter rules,
// the data block fields (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULTS, Settings, filterActive, greatCircleM, mergeSettings, passesFilter } from '../src/settings.js';
import { labelLines } from '../src/picture.js';

const track = (over = {}) => ({ trackId: 'T1', lat: 54.6, lon: 23.0, altM: 3048, speedMps: 100, class: 'SMALL_DRONE',
  identity: { callsign: null, icao: null }, ...over });
const none = { classes: [], identities: [], minAltFt: null, maxAltFt: null, sensorId: '' };

test('stored settings merge over the defaults; bad values are ignored', () => {
  const s = mergeSettings({ trailLength: 500, palette: 'purple', dataBlock: { identity: true, speed: 'yes' },
    filter: { classes: ['SMALL_DRONE', 'UFO'], minAltFt: 1000 }, extra: 1 });
  assert.equal(s.trailLength, 120);
  assert.equal(s.palette, 'night');
  assert.equal(s.dataBlock.identity, true);
  assert.equal(s.dataBlock.speed, true);
  assert.deepEqual(s.filter.classes, ['SMALL_DRONE']);
  assert.equal(s.filter.minAltFt, 1000);
  assert.equal('extra' in s, false);
  assert.deepEqual(mergeSettings(null).layers, DEFAULTS.layers);
});

test('settings persist through storage and tell listeners', () => {
  const store = new Map();
  const storage = { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => store.set(k, v) };
  const a = new Settings(storage);
  let told = null;
  a.onChange((v) => {
    told = v;
  });
  a.update({ trailLength: 10, layers: { towns: false } });
  assert.equal(told.trailLength, 10);
  const b = new Settings(storage);
  assert.equal(b.value.trailLength, 10);
  assert.equal(b.value.layers.towns, false);
  assert.equal(b.value.layers.lakes, true);
});

test('filter: class, identity, altitude band (ft) and sensor coverage', () => {
  assert.equal(filterActive(none), false);
  assert.equal(passesFilter(track(), 'HOSTILE', none), true);
  assert.equal(passesFilter(track(), 'HOSTILE', { ...none, classes: ['FAST_JET'] }), false);
  assert.equal(passesFilter(track(), 'HOSTILE', { ...none, classes: ['SMALL_DRONE'] }), true);
  assert.equal(passesFilter(track(), 'NEUTRAL', { ...none, identities: ['HOSTILE', 'SUSPECT'] }), false);
  // 3048 m = 10,000 ft
  assert.equal(passesFilter(track(), 'HOSTILE', { ...none, minAltFt: 9000, maxAltFt: 11000 }), true);
  assert.equal(passesFilter(track(), 'HOSTILE', { ...none, maxAltFt: 5000 }), false);
  assert.equal(passesFilter(track({ altM: null }), 'HOSTILE', { ...none, minAltFt: 0 }), false);
  const sensors = new Map([['GF', { lat: 54.66, lon: 23.05, maxRangeM: 60000 }]]);
  assert.equal(passesFilter(track(), 'HOSTILE', { ...none, sensorId: 'GF' }, sensors), true);
  assert.equal(passesFilter(track({ lat: 56, lon: 23 }), 'HOSTILE', { ...none, sensorId: 'GF' }, sensors), false);
  assert.equal(passesFilter(track(), 'HOSTILE', { ...none, sensorId: 'NOPE' }, sensors), false);
  // one degree of latitude on the mean sphere
  assert.ok(Math.abs(greatCircleM(54, 23, 55, 23) - 111195) < 1);
});

test('data block: the fields the operator chose, identity in short words', () => {
  const tr = { trackId: 'T2', altM: 6100, speedMps: 180, identity: { callsign: 'BTI2KA' } };
  assert.deepEqual(labelLines(tr), ['T2 BTI2KA', 'FL200 350kt']);
  assert.deepEqual(labelLines(tr, { trackNumber: false, callsign: true, altitude: true, speed: false, identity: true }, 'HOSTILE'),
    ['BTI2KA', 'FL200 HOS']);
  assert.deepEqual(labelLines(tr, { trackNumber: false, callsign: false, altitude: false, speed: false, identity: false }), []);
});
