package org.sargas.pipeline.sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.geo.LocalTangentPlane;
import org.sargas.model.sensor.Sensor;
import org.sargas.model.sensor.SensorKind;

class SectorGridTest {
  // 3 columns x 2 rows over a 300 km x 200 km box: 100 km cells; halo 10 km.
  private final SectorGrid grid =
      new SectorGrid(new SectorSettings(3, 2, 10_000), 0, 0, 300_000, 200_000);
  private final int[] out = new int[6];

  private int[] sectors(double e, double n) {
    return Arrays.copyOf(out, grid.sectorsFor(e, n, out));
  }

  @Test
  void everyPositionHasOneOwnerAndOutsideTheBoxTheNearestEdgeSector() {
    assertThat(grid.ownerOf(50_000, 50_000)).isZero();
    assertThat(grid.ownerOf(150_000, 50_000)).isEqualTo(1);
    assertThat(grid.ownerOf(250_000, 150_000)).isEqualTo(5);
    assertThat(grid.ownerOf(-1e6, -1e6)).isZero();
    assertThat(grid.ownerOf(1e6, 1e6)).isEqualTo(5);
    assertThat(grid.name(5)).isEqualTo("S1.2");
  }

  @Test
  void aReportInAHaloGoesToItsOwnerFirstThenToTheSectorsWhoseHaloHoldsIt() {
    assertThat(sectors(50_000, 50_000)).containsExactly(0); // deep inside sector 0
    assertThat(sectors(95_000, 50_000)).containsExactly(0, 1); // 5 km from the 0|1 edge
    assertThat(sectors(105_000, 50_000)).containsExactly(1, 0);
    assertThat(sectors(95_000, 95_000)).containsExactly(0, 1, 3, 4); // near a corner
    assertThat(sectors(89_000, 50_000)).containsExactly(0); // 11 km: outside the halo
  }

  @Test
  void aBearingSensorsCoverageReachesEverySectorItMeets() {
    int n = grid.sectorsWithin(150_000, 100_000, 60_000, out);
    assertThat(Arrays.copyOf(out, n)).containsExactly(4, 0, 1, 2, 3, 5);
  }

  @Test
  void theGridCoversTheSensorsCoverage() {
    GeoPoint site = new GeoPoint(55, 24, 0);
    LocalTangentPlane region = new LocalTangentPlane(site);
    Sensor r = new Sensor("R", "r", SensorKind.PRIMARY_RADAR, site, 200_000, 4);
    SectorGrid g = SectorGrid.covering(region, List.of(r), new SectorSettings(2, 1, 20_000));
    assertThat(g.ownerOf(-1_000, 0)).isZero();
    assertThat(g.ownerOf(1_000, 0)).isEqualTo(1);
  }

  @Test
  void settingsAreChecked() {
    assertThatThrownBy(() -> new SectorSettings(0, 1, 20_000))
        .hasMessageContaining("columns and rows");
    assertThatThrownBy(() -> new SectorSettings(9, 9, 20_000)).hasMessageContaining("64");
    assertThatThrownBy(() -> new SectorSettings(2, 1, 10)).hasMessageContaining("haloM");
  }
}
