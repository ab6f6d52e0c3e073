/**
 * The one pipeline (all stages, no sockets or storage) under load: {@code ./sargas bench pipeline}.
 */
package org.sargas.bench.pipeline;
