// Unit tests of the track layer's helpers: label formats, label placement, projection (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayName, flightLevel, knots, labelLines, mercator, placeLabel, trackName } from '../src/picture.js';

test('labels: flight level, knots, the name a track is known by', () => {
  assert.equal(flightLevel(6100), 'FL200');
  assert.equal(flightLevel(null), '---');
  assert.equal(Math.round(knots(180)), 350);
  assert.equal(trackName({ identity: { callsign: 'BTI2KA', icao: '503C01' } }), 'BTI2KA');
  assert.equal(trackName({ identity: { icao: '503C01' } }), 'ICAO 503C01');
  assert.equal(trackName({ identity: { mode3a: '7700' } }), 'A7700');
  assert.equal(trackName({}), '');
});

test('label text: a Remote ID drone shows "RID <serial>", also beside another name', () => {
  const drone = { trackId: 'T0000007', altM: 120, speedMps: 12,
    identity: { icao: null, callsign: null, mode3a: null, remoteId: '1596F3A2B4C5D6E7F8A9' } };
  assert.equal(trackName(drone), 'RID 1596F3A2B4C5D6E7F8A9');
  assert.equal(displayName(drone), 'RID 1596F3A2B4C5D6E7F8A9');
  assert.deepEqual(labelLines(drone), ['T0000007 RID 1596F3A2B4C5D6E7F8A9', 'FL004 23kt']);
  const both = { ...drone, identity: { ...drone.identity, callsign: 'DRN1' } };
  assert.equal(displayName(both), 'DRN1 RID 1596F3A2B4C5D6E7F8A9');
  assert.deepEqual(labelLines({ trackId: 'T1', altM: null, speedMps: null, identity: { remoteId: null } }), ['T1', '--- ---kt']);
  assert.deepEqual(labelLines({ trackId: 'T2', altM: 6100, speedMps: 180, identity: { callsign: 'BTI2KA' } }), ['T2 BTI2KA', 'FL200 350kt']);
});

test('Web Mercator of the origin and of 85.0511 degrees', () => {
  const [x0, y0] = mercator(0, 0);
  assert.ok(Math.abs(x0) < 1e-6 && Math.abs(y0) < 1e-6, `${x0}, ${y0}`);
  const [, y] = mercator(85.0511287798, 180);
  assert.ok(Math.abs(y - 20037508.34) < 1, String(y));
});

test('labels of nearby tracks do not overlap; the second is moved', () => {
  const placed = [];
  const a = placeLabel(placed, 100, 100, 80, 27);
  placed.push(a);
  const b = placeLabel(placed, 102, 101, 80, 27);
  assert.equal(a[4], false);
  assert.equal(b[4], true);
  const overlap = b[0] < a[0] + a[2] && b[0] + b[2] > a[0] && b[1] < a[1] + a[3] && b[1] + b[3] > a[1];
  assert.equal(overlap, false);
});
