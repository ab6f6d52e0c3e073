/**
 * End-to-end scenario evaluations: catalogue scenarios run through the whole pipeline (simulator,
 * tracker, airspace monitor) over many seeds, scored against their acceptance.
 */
package org.sargas.bench.scenario;
