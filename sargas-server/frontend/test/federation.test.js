// Unit tests of the federation badge (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkSummary } from '../src/federation.js';

const link = (over) => ({ id: 'pol', partnerNode: 'warsaw', nation: 'POL', state: 'CONNECTED', sent: 10,
  received: 4, withheld: 2, backlog: 0, dropped: 0, reconnects: 1, leaked: 0, ...over });

test('federation badge: hidden without federation, ok, degraded, alarm', () => {
  assert.equal(linkSummary(null), null);
  assert.equal(linkSummary({ enabled: false }), null);
  const ok = linkSummary({ enabled: true, nodeId: 'vilnius', links: [link()] });
  assert.equal(ok.text, 'FED vilnius 1/1');
  assert.equal(ok.level, 'ok');
  assert.match(ok.title, /pol → warsaw \(POL\): CONNECTED, sent 10, received 4/);
  assert.equal(linkSummary({ enabled: true, nodeId: 'v', links: [link({ state: 'DISCONNECTED' })] }).level, 'degraded');
  assert.equal(linkSummary({ enabled: true, nodeId: 'v', links: [link({ leaked: 1 })] }).level, 'alarm');
});
