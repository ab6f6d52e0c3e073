// Unit tests of the offline basemap: what is drawn at which zoom, and the cutter's clipping,
// simplification and area (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { airportVisible, minLakeKm2, minRiverKm2, tileKind, townVisible, zoomOf } from '../src/basemap.js';
import { clipRing, ringAreaKm2, simplify } from '../basemap/cut.mjs';

test('towns: capitals first, small towns only close up', () => {
  assert.equal(townVisible(0, 5), true);
  assert.equal(townVisible(3, 6.5), false);
  assert.equal(townVisible(3, 9), true);
  assert.equal(townVisible(4, 9), false);
  assert.equal(townVisible(4, 10), true);
});

test('lakes, rivers and airports thin out with the zoom', () => {
  assert.ok(minLakeKm2(6) > minLakeKm2(8));
  assert.equal(minLakeKm2(11), 0);
  assert.ok(minRiverKm2(6) > minRiverKm2(9));
  assert.equal(airportVisible('L', 6), true);
  assert.equal(airportVisible('S', 8), false);
  assert.equal(airportVisible('S', 9.5), true);
  assert.ok(Math.abs(zoomOf(156543.03392804097 / 2 ** 7) - 7) < 1e-9);
});

test('cutter: a ring clipped to the box, simplified, its area in km²', () => {
  const square = [[0, 0], [2, 0], [2, 2], [0, 2]];
  const clipped = clipRing(square, [1, 1, 3, 3]);
  assert.deepEqual(clipped.map(([x, y]) => `${x},${y}`).sort(), ['1,1', '1,2', '2,1', '2,2']);
  assert.equal(clipRing(square, [5, 5, 6, 6]), null);
  const line = [[0, 0], [0.5, 0.00001], [1, 0], [1, 1], [0, 1], [0, 0]];
  assert.equal(simplify(line, 0.001).length, 5);
  // one degree square at the equator: 111.32 km × 111.32 km
  const a = ringAreaKm2([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]);
  assert.ok(Math.abs(a - 111.32 * 111.32) < 1, String(a));
});


test('a tile source is an XYZ template or a PMTiles archive', () => {
  assert.equal(tileKind('https://tiles.example/{z}/{x}/{y}.png'), 'xyz');
  assert.equal(tileKind('http://10.0.0.5/tms/{z}/{x}/{-y}.jpg'), 'xyz');
  assert.equal(tileKind('https://maps.example/baltic.pmtiles'), 'pmtiles');
  assert.equal(tileKind('https://maps.example/baltic.PMTiles?v=2'), 'pmtiles');
  assert.equal(tileKind('https://tiles.example/{z}/{x}.png'), null);
  assert.equal(tileKind(null), null);
});
