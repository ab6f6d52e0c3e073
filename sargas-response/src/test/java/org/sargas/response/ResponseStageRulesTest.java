package org.sargas.response;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The stage's rules on its compiled classes: pure (no I/O, no clock, no console, no unseeded
 * randomness), only the model and GeographicLib beside the JDK, and no package cycles.
 */
class ResponseStageRulesTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.sargas.response");

  @Test
  void dependsOnlyOnTheModelGeographicLibAndTheJdk() {
    classes()
        .that()
        .resideInAPackage("org.sargas.response..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "org.sargas.response..", "org.sargas.model..", "net.sf.geographiclib..", "java..")
        .check(CLASSES);
  }

  @Test
  void doesNoIoAndReadsNoClock() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..")
        .check(CLASSES);
    noClasses().should().dependOnClassesThat().areAssignableTo(Clock.class).check(CLASSES);
    noClasses().should().callMethod(Instant.class, "now").check(CLASSES);
    noClasses().should().callMethod(System.class, "currentTimeMillis").check(CLASSES);
    noClasses().should().callMethod(System.class, "nanoTime").check(CLASSES);
    noClasses().should().accessField(System.class, "out").check(CLASSES);
    noClasses().should().accessField(System.class, "err").check(CLASSES);
  }

  @Test
  void drawsRandomnessOnlyFromSeededGenerators() {
    noClasses().should().callMethod(Math.class, "random").check(CLASSES);
    noClasses()
        .should()
        .dependOnClassesThat()
        .areAssignableTo(ThreadLocalRandom.class)
        .check(CLASSES);
  }

  @Test
  void hasNoPackageCycles() {
    slices().matching("org.sargas.response.(**)").should().beFreeOfCycles().check(CLASSES);
  }
}
