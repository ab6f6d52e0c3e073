/**
 * Flight-plan files for the identity stage: read at start, re-read when they change; aerodrome
 * positions for the plans' departure and destination from the offline basemap's OurAirports data.
 */
package org.sargas.server.plans;
