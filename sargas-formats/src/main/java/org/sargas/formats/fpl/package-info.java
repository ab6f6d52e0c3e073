/**
 * Flight plans: ICAO FPL messages (PANS-ATM Doc 4444, Appendix 3) and a CSV of plans, to {@link
 * org.sargas.model.plan.FlightPlan} records. Text in, records out; no I/O.
 */
package org.sargas.formats.fpl;
