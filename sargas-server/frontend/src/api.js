// The client side of docs/api.md: REST calls and the /ws/picture stream with reconnect, each
// authenticated with the signed-in token (auth.js).
import { authHeaders, wsProtocols } from './auth.js';

/** GET a JSON resource; rejects with the HTTP status on failure. */
export async function getJson(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json', ...authHeaders() } });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.json();
}

/** GET a JSON resource, or `fallback` when the server does not have it (optional endpoints). */
export async function getJsonOr(path, fallback) {
  try {
    return await getJson(path);
  } catch {
    return fallback;
  }
}

/**
 * An id as a path part: violation and alert ids contain '/' (TRACK/ZONE/epoch-ms) and the server's
 * routes take them raw (docs/api.md), so each segment is encoded but the slashes are kept.
 */
export function pathId(id) {
  return String(id).split('/').map(encodeURIComponent).join('/');
}

/**
 * POST /api/alerts/{id}/ack; resolves to the acknowledged Alert. The server records the signed-in
 * operator (the token's subject) as the actor.
 */
export async function acknowledgeAlert(alertId, note) {
  const res = await fetch(`/api/alerts/${pathId(alertId)}/ack`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...authHeaders() },
    body: JSON.stringify({ note: note || '' }),
  });
  if (!res.ok) throw new Error(`acknowledge ${alertId}: HTTP ${res.status}`);
  return res.json();
}

/**
 * Opens an authenticated download: fetches `url` with the token and hands the browser the result
 * as a blob (a plain link would carry no Authorization header). `filename` saves it; without one it
 * opens in a new tab.
 */
export async function openAuthenticated(url, filename) {
  const res = await fetch(url, { headers: authHeaders() });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  if (filename) a.download = filename;
  else a.target = '_blank';
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60000);
}

/**
 * POST /api/tracks/{id}/identity: an operator sets a track's standard identity, with a reason; the
 * server records the signed-in operator (the token's subject).
 */
export async function setTrackIdentity(trackId, identity, reason) {
  const res = await fetch(`/api/tracks/${pathId(trackId)}/identity`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...authHeaders() },
    body: JSON.stringify({ identity, reason }),
  });
  if (!res.ok) throw new Error(`identity ${trackId}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}

/** DELETE /api/tracks/{id}/identity: the identification criteria decide again. */
export async function releaseTrackIdentity(trackId) {
  const res = await fetch(`/api/tracks/${pathId(trackId)}/identity`, {
    method: 'DELETE',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...authHeaders() },
    body: '{}',
  });
  if (!res.ok) throw new Error(`release ${trackId}: HTTP ${res.status}`);
  return res.json();
}

export const incidentReportUrl = (violationId, format) =>
  `/api/incidents/${pathId(violationId)}/report?format=${format}`;
export const incidentEvidenceUrl = (violationId) =>
  `/api/incidents/${pathId(violationId)}/evidence`;
export const replayUrl = (fromIso, toIso) =>
  `/api/replay?from=${encodeURIComponent(fromIso)}&to=${encodeURIComponent(toIso)}`;

/**
 * The live picture stream. Calls `onMessage(msg)` for every message and `onStatus(up)` when the
 * connection opens or closes; reconnects with capped exponential backoff (the server sends a fresh
 * snapshot on every connect).
 */
export class PictureStream {
  constructor(onMessage, onStatus) {
    this.onMessage = onMessage;
    this.onStatus = onStatus;
    this.backoffMs = 500;
    this.closed = false;
  }

  start() {
    const proto = location.protocol === 'https:' ? 'wss' : 'ws';
    const protocols = wsProtocols();
    const ws = protocols.length
      ? new WebSocket(`${proto}://${location.host}/ws/picture`, protocols)
      : new WebSocket(`${proto}://${location.host}/ws/picture`);
    this.ws = ws;
    ws.onopen = () => {
      this.backoffMs = 500;
      this.onStatus(true);
    };
    ws.onmessage = (ev) => {
      let msg;
      try {
        msg = JSON.parse(ev.data);
      } catch (e) {
        console.warn('sargas: unparseable message', e);
        return;
      }
      this.onMessage(msg);
    };
    ws.onclose = () => {
      this.onStatus(false);
      if (this.closed) return;
      setTimeout(() => this.start(), this.backoffMs);
      this.backoffMs = Math.min(this.backoffMs * 2, 10000);
    };
  }

  stop() {
    this.closed = true;
    if (this.ws) this.ws.close();
  }
}
