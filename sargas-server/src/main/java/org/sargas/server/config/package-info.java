/**
 * The node's configuration: the YAML of {@code sargas serve} (docs/serve.md) as immutable records
 * with their defaults and validation. Depends on nothing of the runtime.
 */
package org.sargas.server.config;
