// Unit tests of sign-in (node --test): the token moves from the fragment to sessionStorage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authHeaders, signInFromFragment, signOut, wsProtocols } from '../src/auth.js';

function memoryStorage() {
  const m = new Map();
  return { getItem: (k) => (m.has(k) ? m.get(k) : null), setItem: (k, v) => m.set(k, v), removeItem: (k) => m.delete(k) };
}

test('the token leaves the address bar and is kept for the tab', () => {
  const storage = memoryStorage();
  const replaced = [];
  const hist = { replaceState: (_s, _t, url) => replaced.push(url) };
  const loc = { hash: '#token=eyJ.abc-_.xyz', pathname: '/', search: '?lang=lt' };
  assert.equal(signInFromFragment(loc, storage, hist), 'eyJ.abc-_.xyz');
  assert.deepEqual(replaced, ['/?lang=lt']);
  assert.deepEqual(authHeaders(storage), { Authorization: 'Bearer eyJ.abc-_.xyz' });
  assert.deepEqual(wsProtocols(storage), ['sargas', 'bearer.eyJ.abc-_.xyz']);
  // a later page load without a fragment keeps the tab's token
  assert.equal(signInFromFragment({ hash: '', pathname: '/', search: '' }, storage, hist), 'eyJ.abc-_.xyz');
  assert.equal(replaced.length, 1);
  signOut(storage);
  assert.deepEqual(authHeaders(storage), {});
  assert.deepEqual(wsProtocols(storage), []);
});

test('no token: no header, no protocols (an anonymous viewer on a loopback demo)', () => {
  const storage = memoryStorage();
  assert.equal(signInFromFragment({ hash: '#at=1,2,3', pathname: '/', search: '' }, storage, { replaceState() {} }), null);
  assert.deepEqual(authHeaders(storage), {});
});
