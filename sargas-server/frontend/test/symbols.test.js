// Unit tests of the symbology rules (node --test; no browser needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveIdentity, isCooperative, sidc, symbolFunction, trackFunction } from '../src/symbols.js';

const ctx = (over = {}) => ({
  violating: new Set(), warned: new Set(), friendlyMode3a: new Set(), friendlyCallsignPrefixes: [], ...over,
});
const track = (over = {}) => ({
  trackId: 'T1', class: 'FAST_JET', identity: { icao: null, callsign: null, mode3a: null, remoteId: null }, ...over,
});

test('a non-cooperative intruder is hostile, a cooperative one suspect', () => {
  const c = ctx({ violating: new Set(['T1']) });
  assert.equal(deriveIdentity(track(), c), 'HOSTILE');
  assert.equal(deriveIdentity(track({ identity: { icao: '4B1234' } }), c), 'SUSPECT');
});

test('cooperative civil traffic is neutral, silent traffic unknown', () => {
  assert.equal(deriveIdentity(track({ class: 'LARGE_AIRCRAFT', identity: { icao: '503C01', callsign: 'BTI2KA' } }), ctx()), 'NEUTRAL');
  assert.equal(deriveIdentity(track({ class: 'LARGE_AIRCRAFT' }), ctx()), 'UNKNOWN');
});

test('early warning and loitering munitions are suspect', () => {
  assert.equal(deriveIdentity(track(), ctx({ warned: new Set(['T1']) })), 'SUSPECT');
  assert.equal(deriveIdentity(track({ class: 'LOITERING_MUNITION' }), ctx()), 'SUSPECT');
});

test('friendly lists make a friend; a squawking fast jet is an assumed friend', () => {
  const jet = track({ identity: { mode3a: '1234', callsign: 'BAF01' } });
  assert.equal(deriveIdentity(jet, ctx()), 'ASSUMED_FRIEND');
  assert.equal(deriveIdentity(jet, ctx({ friendlyMode3a: new Set(['1234']) })), 'FRIEND');
  assert.equal(deriveIdentity(jet, ctx({ friendlyCallsignPrefixes: ['BAF'] })), 'FRIEND');
});

test('a violation outranks every friendly list', () => {
  const jet = track({ identity: { mode3a: '1234' } });
  assert.equal(deriveIdentity(jet, ctx({ violating: new Set(['T1']), friendlyMode3a: new Set(['1234']) })), 'SUSPECT');
});

test('class and cooperation choose the symbol function', () => {
  assert.equal(symbolFunction('FAST_JET', false), 'MFF---');
  assert.equal(symbolFunction('LARGE_AIRCRAFT', false), 'MFK---');
  assert.equal(symbolFunction('AIRLINER', true), 'CF----');
  assert.equal(symbolFunction('HELICOPTER', false), 'MH----');
  assert.equal(symbolFunction('LARGE_UAS', false), 'MFQ---');
  assert.equal(symbolFunction('LARGE_AIRCRAFT', true), 'CF----');
  assert.equal(symbolFunction('SMALL_DRONE', true), 'MFQ---');
  assert.equal(symbolFunction('LOITERING_MUNITION', false), 'WM----');
  assert.equal(symbolFunction('BALLOON', false), 'ML----');
  assert.equal(symbolFunction('NOT_A_CLASS', false), '------');
});

test('SIDC is 15 characters: scheme, identity, air, present, function', () => {
  assert.equal(sidc('HOSTILE', 'MFF---'), 'SHAPMFF---*****');
  assert.equal(sidc('NEUTRAL', 'CF----'), 'SNAPCF----*****');
  assert.equal(sidc('HOSTILE', 'MFF---').length, 15);
});

test('cooperation is any self-reported identity', () => {
  assert.equal(isCooperative(track()), false);
  assert.equal(isCooperative(track({ identity: { remoteId: 'RID-1' } })), true);
  assert.equal(isCooperative({ trackId: 'T2' }), false);
});

test('a Remote ID drone is a cooperative drone: UAV symbol, neutral, never hostile for being one', () => {
  const drone = track({ class: 'SMALL_DRONE', identity: { icao: null, callsign: null, mode3a: null, remoteId: 'SRG-1234' } });
  assert.equal(trackFunction(drone), 'MFQ---');
  assert.equal(trackFunction({ ...drone, class: 'UNKNOWN' }), 'MFQ---');
  assert.equal(deriveIdentity(drone, ctx()), 'NEUTRAL');
  assert.equal(deriveIdentity({ ...drone, class: 'UNKNOWN' }, ctx()), 'NEUTRAL');
  // warned or violating: suspect, not hostile (it identifies itself)
  assert.equal(deriveIdentity(drone, ctx({ warned: new Set(['T1']) })), 'SUSPECT');
  assert.equal(deriveIdentity(drone, ctx({ violating: new Set(['T1']) })), 'SUSPECT');
  // a silent drone is unknown, and hostile only once it violates
  const silent = track({ class: 'SMALL_DRONE' });
  assert.equal(deriveIdentity(silent, ctx()), 'UNKNOWN');
  assert.equal(deriveIdentity(silent, ctx({ violating: new Set(['T1']) })), 'HOSTILE');
  // other tracks keep the class rules
  assert.equal(trackFunction(track({ class: 'LARGE_AIRCRAFT', identity: { icao: '503C01' } })), 'CF----');
  assert.equal(trackFunction(track({ class: 'LARGE_AIRCRAFT' })), 'MFK---');
});

test("the node's standard identity wins over the picture's derivation; PENDING falls back", () => {
  const ctx = { violating: new Set(['T1']), warned: new Set(), friendlyMode3a: new Set(), friendlyCallsignPrefixes: [] };
  const crossing = { trackId: 'T1', class: 'AIRLINER', identity: { callsign: 'BTI7PW', standardIdentity: 'NEUTRAL' } };
  assert.equal(deriveIdentity(crossing, ctx), 'NEUTRAL');
  const pending = { trackId: 'T1', class: 'FAST_JET', identity: { standardIdentity: 'PENDING' } };
  assert.equal(deriveIdentity(pending, ctx), 'HOSTILE');
  const faker = { trackId: 'T2', class: 'FAST_JET', identity: { standardIdentity: 'FAKER' } };
  assert.equal(deriveIdentity(faker, ctx), 'FAKER');
  assert.equal(sidc('FAKER', 'MFF---'), 'SKAPMFF---*****');
});
