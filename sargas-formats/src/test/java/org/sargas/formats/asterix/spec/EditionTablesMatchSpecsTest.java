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
 * The generated edition tables equal what the machine-readable specifications say. Run with {@code
 * -Dsargas.regenerateEditions=true} to rewrite the tables from the specifications.
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("editions")
  void generatedTableEqualsSpecification(String specFile, AsterixCategory table)
      throws IOException {
    Path dir = specs();
    assumeTrue(
        dir != null && Files.isRegularFile(dir.resolve(specFile)),
        "reference data absent: asterix/specs/" + specFile + " not found; skipping spec check");
    AsterixCategory fromSpec = AstSpecParser.parse(dir.resolve(specFile));
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
