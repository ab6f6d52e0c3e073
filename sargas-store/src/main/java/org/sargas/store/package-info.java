/**
 * Durable storage of the live system: the raw-frame journal ({@link org.sargas.store.journal}), the
 * tamper-evident evidence log ({@link org.sargas.store.evidence}) and the incident store ({@link
 * org.sargas.store.incident}). Depends only on sargas-model and JDBC drivers.
 */
package org.sargas.store;
