/** The {@code sargas} command line: one picocli command class per sub-command. */
package org.sargas.server.cli;
