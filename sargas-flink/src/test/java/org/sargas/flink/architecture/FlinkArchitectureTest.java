package org.sargas.flink.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job's classes run inside a Flink cluster: they use the stage modules and the pipeline, never
 * the server, the store, the simulator or the local launcher (docs/architecture.md, decision 1701).
 */
class FlinkArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sargas.flink");
  }

  @Test
  void theJobKnowsNoServerSimulatorStoreOrLauncher() {
    noClasses()
        .that()
        .resideInAnyPackage("org.sargas.flink.job..", "org.sargas.flink.kafka..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.sargas.server..",
            "org.sargas.sim..",
            "org.sargas.store..",
            "org.sargas.flink.local..",
            "org.sargas.flink.config..",
            "org.sargas.flink.cli..",
            "org.apache.kafka.common.test..")
        .because("the job runs in a Flink cluster on Java 17 with the stage modules only")
        .check(classes);
  }

  @Test
  void theNodesKafkaBackendNeedsNeitherFlinkNorTheLauncher() {
    noClasses()
        .that()
        .resideInAPackage("org.sargas.flink.serve..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.flink..",
            "org.sargas.flink.local..",
            "org.sargas.flink.config..",
            "org.sargas.flink.cli..",
            "org.apache.kafka.common.test..")
        .because(
            "serve --kafka runs in the node: Kafka clients and the job's record formats only"
                + " (decision 1702)")
        .check(classes);
  }

  @Test
  void noPackageCycles() {
    slices().matching("org.sargas.flink.(**)").should().beFreeOfCycles().check(classes);
  }
}
