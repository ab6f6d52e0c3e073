/** Crash tests: a serve node in a child JVM killed with SIGKILL under sustained ingest. */
package org.sargas.server.durability;
