package org.sargas.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of docs/architecture.md, checked on the compiled classes of every module: stage
 * modules meet only in the model, never import a runtime (server, store, simulator, web); the one
 * pipeline composes the stages and knows no runtime and no wire format; no package cycles anywhere;
 * and the architecture document lists exactly the modules the build has.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    // The other modules arrive as jars or as target/classes directories: both are imported.
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.sargas");
  }

  @Test
  void theClassesOfEveryModuleAreChecked() {
    for (String pkg :
        List.of(
            "org.sargas.model",
            "org.sargas.formats",
            "org.sargas.track",
            "org.sargas.airspace",
            "org.sargas.response",
            "org.sargas.pipeline",
            "org.sargas.store",
            "org.sargas.sim",
            "org.sargas.server")) {
      assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)))
          .as(pkg)
          .isTrue();
    }
  }

  @Test
  void theModelDependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("org.sargas.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.sargas.formats..",
            "org.sargas.track..",
            "org.sargas.airspace..",
            "org.sargas.response..",
            "org.sargas.pipeline..",
            "org.sargas.store..",
            "org.sargas.sim..",
            "org.sargas.server..")
        .check(classes);
  }

  @Test
  void stageModulesDoNotImportServerStoreSimulatorOrWeb() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.sargas.formats..",
            "org.sargas.track..",
            "org.sargas.airspace..",
            "org.sargas.response..",
            "org.sargas.pipeline..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.sargas.server..",
            "org.sargas.store..",
            "org.sargas.sim..",
            "io.javalin..",
            "java.sql..",
            "java.net..")
        .because("a stage never knows whether it runs in a scenario, in serve or in Flink")
        .check(classes);
  }

  @Test
  void stageModulesMeetOnlyInTheModel() {
    noClasses()
        .that()
        .resideInAPackage("org.sargas.formats..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.sargas.track..",
            "org.sargas.airspace..",
            "org.sargas.response..",
            "org.sargas.pipeline..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.sargas.track..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.sargas.formats..",
            "org.sargas.airspace..",
            "org.sargas.response..",
            "org.sargas.pipeline..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.sargas.airspace..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.sargas.formats..",
            "org.sargas.track..",
            "org.sargas.response..",
            "org.sargas.pipeline..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.sargas.response..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.sargas.formats..",
            "org.sargas.track..",
            "org.sargas.airspace..",
            "org.sargas.pipeline..")
        .check(classes);
  }

  @Test
  void thePipelineComposesStagesAndDecodesNothing() {
    noClasses()
        .that()
        .resideInAPackage("org.sargas.pipeline..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.sargas.formats..")
        .because("frames are decoded before the pipeline (one decode path in sargas-formats)")
        .check(classes);
  }

  @Test
  void storeAndSimulatorKnowNoServer() {
    noClasses()
        .that()
        .resideInAnyPackage("org.sargas.store..", "org.sargas.sim..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.sargas.server..")
        .check(classes);
  }

  @Test
  void theApiReadsANarrowViewOfTheNodeNotTheNode() {
    noClasses()
        .that()
        .resideInAPackage("org.sargas.server.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.sargas.server.serve..", "org.sargas.server.cli..", "org.sargas.server.demo..")
        .check(classes);
  }

  @Test
  void noPackageCycles() {
    slices().matching("org.sargas.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theArchitectureDocumentListsExactlyTheBuildsModules() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> modules =
        matches(Files.readString(root.resolve("pom.xml")), "<module>([^<]+)</module>");
    String doc = Files.readString(root.resolve("docs/architecture.md"));
    List<String> documented = matches(doc, "(?m)^\\|\\s*`(sargas-[a-z]+)`\\s*\\|");
    assertThat(documented)
        .as("module table of docs/architecture.md")
        .containsExactlyInAnyOrderElementsOf(modules);
  }

  private static List<String> matches(String text, String regex) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
