package org.sargas.formats.asterix.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sargas.formats.asterix.editions.AsterixEditions;

/**
 * The generated edition tables equal what the machine-readable specifications say. The
 * specifications are read from the shared reference data ({@code asterix/specs}) or, for those not
 * there (CAT001 1.4, CAT002 1.2: {@link EditionSourceWriter#FETCHED}), from the folder {@code
 * -Dsargas.asterixSpecs=DIR} (a checkout of zoranbosnjak/asterix-specs, files renamed {@code
 * catNNN_cat-E.ast}); a table whose specification is in neither place is skipped, saying so. Run
 * with {@code -Dsargas.regenerateEditions=true} to rewrite the tables from the specifications.
 */
class EditionTablesMatchSpecsTest {

  static Stream<Arguments> editions() {
    return AsterixEditions.all().stream()
        .map(c -> Arguments.of(String.format("cat%03d_cat-%s.ast", c.category(), c.edition()), c));
  }

  static Path specs() {
    String base =
        System.getProperty("sargas.referenceData", System.getenv("SARGAS_REFERENCE_DATA"));
    return base == null ? null : Path.of(base, "asterix", "specs");
  }

  /** The specification file, from the reference data or {@code -Dsargas.asterixSpecs}, or null. */
  static Path spec(String specFile) {
    Path dir = specs();
    if (dir != null && Files.isRegularFile(dir.resolve(specFile))) {
      return dir.resolve(specFile);
    }
    String extra = System.getProperty("sargas.asterixSpecs");
    if (extra != null && Files.isRegularFile(Path.of(extra, specFile))) {
      return Path.of(extra, specFile);
    }
    return null;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("editions")
  void generatedTableEqualsSpecification(String specFile, AsterixCategory table)
      throws IOException {
    Path file = spec(specFile);
    assumeTrue(
        file != null,
        specFile
            + " not found in the reference data (asterix/specs)"
            + (EditionSourceWriter.FETCHED.containsKey(specFile)
                ? " nor in -Dsargas.asterixSpecs (it comes from asterix-specs "
                    + EditionSourceWriter.FETCHED.get(specFile)
                    + ")"
                : "")
            + "; skipping spec check");
    AsterixCategory fromSpec = AstSpecParser.parse(file);
    if (Boolean.getBoolean("sargas.regenerateEditions")) {
      Path out =
          Path.of(
              "src/main/java/org/sargas/formats/asterix/editions",
              EditionSourceWriter.className(fromSpec) + ".java");
      Files.writeString(out, EditionSourceWriter.write(fromSpec, specFile), StandardCharsets.UTF_8);
    }
    assertThat(table).isEqualTo(fromSpec);
  }
}
