package org.sargas.server.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = SargasCli.class.getPackage().getImplementationVersion();
    return new String[] {"sargas " + (v == null ? "development build" : v)};
  }
}
