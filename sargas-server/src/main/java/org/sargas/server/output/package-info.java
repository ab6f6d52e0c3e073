/**
 * Outputs of the live picture (docs/sharing.md): every configured {@code outputs[]} entry reads the
 * picture at its update rate, filters it (area, class, identity) and sends it in its format —
 * ASTERIX CAT062 system tracks with CAT065 status and end of batch, Cursor-on-Target XML or TAK
 * protocol v1 — over UDP (unicast or multicast) or a reconnecting TCP/TLS client; alert webhooks
 * POST signed JSON with retries. Nothing here blocks the pipeline thread.
 */
package org.sargas.server.output;
