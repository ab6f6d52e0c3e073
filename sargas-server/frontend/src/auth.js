// Sign-in (docs/security.md): the bearer token arrives in the sign-in link's fragment
// (https://node/#token=…, never sent to the server or written to its logs), is kept in this tab's
// sessionStorage (gone when the tab closes) and goes with every API call as an Authorization
// header, and on the WebSocket as the subprotocol "bearer.<token>" beside "sargas" (browsers cannot
// set headers on a WebSocket; a query string would end in access logs).

const KEY = 'sargas.token';

/**
 * Takes a token from the location's fragment into sessionStorage and removes it from the address
 * bar and history. Returns the token in use (or null: the node may admit anonymous viewers).
 */
export function signInFromFragment(loc = globalThis.location, storage = globalThis.sessionStorage, hist = globalThis.history) {
  const m = /(?:^#|&)token=([A-Za-z0-9_.-]+)/.exec(loc.hash || '');
  if (m) {
    storage.setItem(KEY, m[1]);
    hist.replaceState(null, '', loc.pathname + loc.search);
  }
  return storage.getItem(KEY);
}

/** The token in use, or null. */
export function token(storage = globalThis.sessionStorage) {
  return storage.getItem(KEY);
}

/** Headers that authenticate a request (none without a token). */
export function authHeaders(storage = globalThis.sessionStorage) {
  const t = token(storage);
  return t ? { Authorization: `Bearer ${t}` } : {};
}

/** The WebSocket subprotocols that carry the token (none without one). */
export function wsProtocols(storage = globalThis.sessionStorage) {
  const t = token(storage);
  return t ? ['sargas', `bearer.${t}`] : [];
}

/** Forgets the token (sign out). */
export function signOut(storage = globalThis.sessionStorage) {
  storage.removeItem(KEY);
}
