/**
 * The incident store: violations (incidents), alerts and acknowledgements, sensors, downsampled
 * track history and the operator audit log in a relational database through JDBC, with Flyway
 * migrations; SQLite (one file) by default, PostgreSQL through a JDBC URL. Every write commits
 * before it returns (commit-before-publish).
 */
package org.sargas.store.incident;
