/** Crash (kill -9) durability tests of the journal, the evidence log and the incident store. */
package org.sargas.store.durability;
