/**
 * Jazzer fuzz targets, one per decoder entry point. Without {@code JAZZER_FUZZ=1} they replay the
 * committed corpus under {@code src/test/resources/.../<Class>Inputs/<method>/} (CI); with it they
 * fuzz for the annotated duration (docs/robustness.md).
 */
package org.sargas.formats.fuzz;
