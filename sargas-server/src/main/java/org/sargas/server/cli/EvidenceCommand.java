package org.sargas.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.sargas.airspace.borders.CountryBorders;
import org.sargas.server.report.IncidentFiles;
import org.sargas.store.DataDirectory;
import org.sargas.store.evidence.BundleReport;
import org.sargas.store.evidence.BundleVerifier;
import org.sargas.store.evidence.EvidenceLog;
import org.sargas.store.evidence.ExportedBundle;
import org.sargas.store.evidence.NodeKey;
import org.sargas.store.incident.IncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sargas evidence export|verify} (docs/evidence.md). */
@Command(
    name = "evidence",
    mixinStandardHelpOptions = true,
    description = "Export an incident's evidence bundle, or verify one offline.",
    subcommands = {EvidenceCommand.Export.class, EvidenceCommand.Verify.class})
public final class EvidenceCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "export or verify is required");
  }

  /** {@code sargas evidence export INCIDENT --out BUNDLE}. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Write the incident, its raw frames, the track, inclusion proofs, a signed checkpoint and the",
        "public key into BUNDLE (a directory; the node must not be running on the same data directory)."
      })
  static final class Export implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INCIDENT", description = "Violation id.")
    String incident;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "BUNDLE",
        description = "Bundle directory (new or empty).")
    Path out;

    @Mixin DataOptions data;

    @Override
    public Integer call() throws IOException {
      Path dir = data.dataDir();
      if (!Files.isDirectory(dir)) {
        System.err.println("sargas evidence export: no data directory " + dir);
        return SargasCli.EXIT_ENVIRONMENT;
      }
      DataDirectory dd = new DataDirectory(dir);
      try (IncidentStore store = data.openStore();
          EvidenceLog log = EvidenceLog.open(dd.evidence(), InstantSource.system())) {
        if (store.violation(incident).isEmpty()) {
          System.err.println("sargas evidence export: no incident " + incident);
          return SargasCli.EXIT_FAILURES;
        }
        ExportedBundle b =
            new IncidentFiles(store, dd, CountryBorders.easternFlank())
                .exportBundle(log, InstantSource.system(), incident, out);
        System.out.println("exported " + incident + " to " + out + " (" + b + ")");
        return 0;
      }
    }
  }

  /** {@code sargas evidence verify BUNDLE}. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Verify a bundle (directory or zip) offline; exit 0 if intact, 1 with the findings if not."
      })
  static final class Verify implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BUNDLE")
    Path bundle;

    @Option(
        names = "--key",
        paramLabel = "PEM",
        description = "The node's published public key (recommended).")
    Path key;

    @Override
    public Integer call() throws IOException {
      if (!Files.exists(bundle)) {
        System.err.println("sargas evidence verify: no such bundle " + bundle);
        return SargasCli.EXIT_ENVIRONMENT;
      }
      PublicKey trusted = key == null ? null : NodeKey.readPublicPem(Files.readString(key));
      Path dir = bundle;
      Path tmp = null;
      if (Files.isRegularFile(bundle)) {
        tmp = Files.createTempDirectory("sargas-verify");
        unzip(bundle, tmp);
        dir = tmp;
      }
      try {
        BundleReport r = BundleVerifier.verify(dir, trusted);
        System.out.println(r.toText());
        return r.ok() ? 0 : SargasCli.EXIT_FAILURES;
      } finally {
        if (tmp != null) {
          IncidentFiles.deleteTree(tmp);
        }
      }
    }

    private static void unzip(Path zip, Path to) throws IOException {
      try (InputStream in = Files.newInputStream(zip);
          ZipInputStream z = new ZipInputStream(in)) {
        for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
          Path p = to.resolve(e.getName()).normalize();
          if (!p.startsWith(to)) {
            throw new IOException("zip entry outside the bundle: " + e.getName());
          }
          if (!e.isDirectory()) {
            Files.createDirectories(p.getParent());
            Files.copy(z, p);
          }
        }
      }
    }
  }
}
