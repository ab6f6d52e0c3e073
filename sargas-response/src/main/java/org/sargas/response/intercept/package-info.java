/**
 * Interceptor (QRA) recommendation: quick-reaction bases and their aircraft, the time an
 * interceptor needs to reach a point (scramble, climb, dash, cruise), and for each threat and base
 * the earliest intercept on each motion hypothesis — ranked by whether it comes before the threat
 * enters the protected area or reaches a protected site, then by time. A recommendation only: a
 * human decides.
 */
package org.sargas.response.intercept;
