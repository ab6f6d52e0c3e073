/** The HTTP/WebSocket API of docs/api.md (Javalin 7) and the WebSocket broadcaster. */
package org.sargas.server.api;
