// Unit tests of the cursor readout and the measure tool: MGRS references, degrees-minutes-seconds,
// great-circle distance and bearing (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distanceBearing, dms, mgrsOf } from '../src/geo.js';

test('MGRS of reference points (1 m digits)', () => {
  // the origin: NGA's worked example
  assert.equal(mgrsOf(0, 0), '31N AA 66021 00000');
  // Vilnius cathedral square area and Druskininkai: UTM zones 35U and 34U
  assert.match(mgrsOf(54.6872, 25.2797), /^35U LA \d{5} \d{5}$/);
  assert.match(mgrsOf(54.0167, 23.9667), /^34U FE \d{5} \d{5}$/);
  // beyond 84° N MGRS uses UPS, not offered here
  assert.equal(mgrsOf(85, 10), '');
  assert.equal(mgrsOf(NaN, 10), '');
});

test('degrees, minutes and seconds with hemispheres', () => {
  assert.equal(dms(54.6872, 25.2797), '54°41′14″N 025°16′47″E');
  assert.equal(dms(-0.5, -0.25), '00°30′00″S 000°15′00″W');
});

test('distance and bearing: along a meridian, along the equator, and Vilnius–Kaunas', () => {
  const north = distanceBearing(54, 23, 55, 23);
  assert.ok(Math.abs(north.distanceM - 111195) < 1);
  assert.ok(Math.abs(north.bearingDeg) < 1e-9);
  const east = distanceBearing(0, 0, 0, 1);
  assert.ok(Math.abs(east.bearingDeg - 90) < 1e-9);
  assert.ok(Math.abs(east.distanceNm - 60.04) < 0.01);
  // Vilnius (EYVI) to Kaunas (EYKA): about 78 km towards the west-north-west
  const vk = distanceBearing(54.6341, 25.2858, 54.9640, 24.0858);
  assert.ok(Math.abs(vk.distanceM / 1000 - 85.4) < 1, String(vk.distanceM));
  assert.ok(vk.bearingDeg > 290 && vk.bearingDeg < 300, String(vk.bearingDeg));
});
