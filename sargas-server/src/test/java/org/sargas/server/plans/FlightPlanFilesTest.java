package org.sargas.server.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.model.plan.FlightPlan;
import org.sargas.pipeline.identity.FlightPlanBook;

class FlightPlanFilesTest {
  @Test
  void filesAreReReadWhenTheyChangeAndBadPlansAreCountedNotFatal(@TempDir Path dir)
      throws Exception {
    Path csv = dir.resolve("plans.csv");
    Path fpl = dir.resolve("plans.fpl");
    Files.writeString(
        csv,
        "callsign,mode3a,departure,destination,eobt,eet,route\n"
            + "BTI7PW,4621,EVRA,EPWA,2025-10-23T14:35:00Z,75,\n");
    Files.writeString(
        fpl, "(FPL-LOT781-IS-E75L/M-S/C-EPWA1340-N0430F330 DCT-EVRA0110-DOF/251023)\n");
    FlightPlanFiles files = new FlightPlanFiles(List.of(csv, fpl), AerodromeDirectory.basemap());
    FlightPlanBook first = files.loadIfChanged();
    assertThat(first.plans()).extracting(FlightPlan::callsign).containsExactly("BTI7PW", "LOT781");
    assertThat(files.loadIfChanged()).as("nothing changed").isNull();

    Files.writeString(
        csv,
        "callsign,mode3a,departure,destination,eobt,eet,route\n"
            + "BTI7PW,4621,EVRA,EPWA,2025-10-23T14:35:00Z,75,\n"
            + "BTI2KL,99999,EVRA,EYVI,2025-10-23T16:00:00Z,40,\n"
            + "BTI3MN,,EVRA,EYVI,2025-10-23T17:00:00Z,40,\n");
    Files.setLastModifiedTime(csv, FileTime.from(Instant.now().plusSeconds(5)));
    FlightPlanBook second = files.loadIfChanged();
    assertThat(second.plans())
        .extracting(FlightPlan::callsign)
        .containsExactly("BTI7PW", "BTI3MN", "LOT781");
    assertThat(files.failures()).isEqualTo(1);

    Files.delete(fpl);
    FlightPlanBook third = files.loadIfChanged();
    assertThat(third.plans())
        .as("an unreadable file keeps its previous plans")
        .extracting(FlightPlan::callsign)
        .contains("LOT781");
    assertThat(files.failures()).isEqualTo(2);
  }
}
