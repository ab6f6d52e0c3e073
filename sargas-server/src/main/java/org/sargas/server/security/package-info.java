/**
 * Who the node trusts (docs/security.md): operators' bearer tokens (OIDC JWTs checked against the
 * configured issuers' keys, roles mapped from a claim), the node's own local token issuer, and the
 * web server's TLS key store. No HTTP framework here: the API applies these per route.
 */
package org.sargas.server.security;
