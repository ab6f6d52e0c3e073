// Unit tests of replay frame enrichment (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enrich } from '../src/replay.js';

test('replay frames get class and identity from what the live picture knew', () => {
  const meta = (id) => (id === 'T1' ? { class: 'FAST_JET', identity: { callsign: null } } : undefined);
  const frames = enrich([{ time: '2025-10-23T15:05:00Z', tracks: [{ trackId: 'T1', lat: 54.6, lon: 22.7, altM: 6100 }] }], meta);
  assert.equal(frames[0].tracks[0].class, 'FAST_JET');
  assert.equal(frames[0].tracks[0].state, 'CONFIRMED');
  assert.equal(frames[0].tracks[0].velocityEastMps, undefined);
});

test('replay velocity comes from consecutive frames', () => {
  const at = (s, lat, lon) => ({ time: `2025-10-23T15:05:0${s}Z`, tracks: [{ trackId: 'T1', time: `2025-10-23T15:05:0${s}Z`, lat, lon }] });
  // 0.001 deg of latitude north in 1 s = 111.32 m/s, course 0
  const frames = enrich([at(0, 54.6, 22.7), at(1, 54.601, 22.7)], () => undefined);
  const t = frames[1].tracks[0];
  assert.ok(Math.abs(t.velocityNorthMps - 111.32) < 0.01, String(t.velocityNorthMps));
  assert.ok(Math.abs(t.velocityEastMps) < 1e-6);
  assert.ok(Math.abs(t.courseDeg) < 1e-6 || Math.abs(t.courseDeg - 360) < 1e-6);
});

test('a track twice in one frame is shown once, at its latest point; velocity uses a longer baseline', () => {
  const p = (iso, lat) => ({ trackId: 'T1', time: iso, lat, lon: 22.7 });
  const frames = enrich([
    { time: '2025-10-23T15:05:00Z', tracks: [p('2025-10-23T15:05:00Z', 54.6)] },
    { time: '2025-10-23T15:05:01Z', tracks: [p('2025-10-23T15:05:01Z', 54.601), p('2025-10-23T15:05:01.500Z', 54.6015)] },
    { time: '2025-10-23T15:05:02Z', tracks: [p('2025-10-23T15:05:02Z', 54.602)] },
  ], () => undefined);
  assert.equal(frames[1].tracks.length, 1);
  assert.equal(frames[1].tracks[0].lat, 54.6015);
  // 0.002 deg north over the 2 s since the first point
  assert.ok(Math.abs(frames[2].tracks[0].velocityNorthMps - 111.32) < 0.01, String(frames[2].tracks[0].velocityNorthMps));
});

test('a track missing from a few frames is held at its last point, then dropped', () => {
  const frames = [];
  for (let s = 0; s < 15; s++) {
    const iso = `2025-10-23T15:05:${String(s).padStart(2, '0')}Z`;
    frames.push({ time: iso, tracks: s === 0 ? [{ trackId: 'T1', time: iso, lat: 54.6, lon: 22.7 }] : [] });
  }
  const out = enrich(frames, () => undefined);
  assert.equal(out[5].tracks.length, 1);
  assert.equal(out[5].tracks[0].lat, 54.6);
  assert.equal(out[10].tracks.length, 1);
  assert.equal(out[11].tracks.length, 0);
});
