/**
 * {@code sargas demo}: simulated sensors streaming scenarios over loopback sockets into a serve
 * node.
 */
package org.sargas.server.demo;
