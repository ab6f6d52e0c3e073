package org.sargas.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.server.cli.DoctorCommand.Finding;
import org.sargas.store.testing.EmbeddedPostgresServer;

/**
 * {@code sargas doctor}: a broken configuration gets one plain line per problem and exit code 1; a
 * sound one gets none and exit code 0; the live checks (ports, feeds, database) see the real state
 * of this machine's sockets and a real PostgreSQL.
 */
class DoctorCommandTest {
  @TempDir Path dir;

  private static List<String> problems(List<Finding> findings) {
    return findings.stream().filter(f -> !f.ok()).map(Finding::text).toList();
  }

  @Test
  void clearTextOnTheNetworkAndMissingSensorCertificatesAreProblems() throws Exception {
    Path yaml = dir.resolve("open.yaml");
    Files.writeString(
        yaml,
        """
        port: 0
        dataDir: %s
        sensors:
          - {id: ADSB-1, kind: ADSB_RECEIVER, latDeg: 54.6, lonDeg: 25.3}
        inputs:
          - {id: adsb, type: tcp, format: BEAST, host: 127.0.0.1, port: 30005, sensorId: ADSB-1,
             tls: {trustedCa: /nonexistent/ca.pem}}
        web: {bindAddress: 0.0.0.0, tls: {mode: "off"}}
        """
            .formatted(dir.resolve("data")));
    assertThat(problems(DoctorCommand.check(yaml, null, false, null)))
        .anyMatch(s -> s.contains("web.tls.mode is off on 0.0.0.0"))
        .anyMatch(s -> s.contains("input adsb: tls file /nonexistent/ca.pem cannot be read"));
  }

  @Test
  void aBrokenConfigurationNamesEachProblem() throws Exception {
    try (ServerSocket busy = new ServerSocket(0)) {
      Path yaml = dir.resolve("broken.yaml");
      Files.writeString(
          yaml,
          """
          port: %d
          dataDir: %s
          region: {protectedCountries: [LTU, XXX], zoneFiles: [/nonexistent/zones.geojson]}
          sensors:
            - {id: R1, kind: PRIMARY_RADAR, latDeg: 54.5, lonDeg: 23.9, altitudeM: 100, maxRangeM: 200000,
               updatePeriodS: 4, sac: 25, sic: 1}
            - {id: R2, kind: PRIMARY_RADAR, latDeg: 54.6, lonDeg: 23.1, altitudeM: 100, maxRangeM: 60000,
               updatePeriodS: 2, sac: 25, sic: 1}
          inputs:
            - {id: radar, type: udp, format: ASTERIX, host: 127.0.0.1, port: 0, acceptSacSic: ["25/9"]}
            - {id: adsb, type: tcp, format: BEAST, host: 127.0.0.1, port: %d, sensorId: ADSB-X}
            - {id: rid, type: udp, format: REMOTE_ID, host: 127.0.0.1, port: 18699}
          web: {languages: [en, de]}
          """
              .formatted(busy.getLocalPort(), dir.resolve("data"), freePort()));
      List<String> p = problems(DoctorCommand.check(yaml, null, true, null));
      assertThat(p)
          .anyMatch(s -> s.contains("R1 and R2 both use SAC/SIC 25/1"))
          .anyMatch(s -> s.contains("accepts SAC/SIC 25/9, which no configured sensor has"))
          .anyMatch(
              s -> s.contains("input adsb feeds sensor ADSB-X, which is not among the sensors"))
          .anyMatch(s -> s.contains("input rid (REMOTE_ID) needs sensorId"))
          .anyMatch(s -> s.contains("input radar needs a port"))
          .anyMatch(s -> s.contains("de is not a supported language"))
          .anyMatch(s -> s.contains("no borders for XXX"))
          .anyMatch(s -> s.contains("zone file /nonexistent/zones.geojson"))
          .anyMatch(s -> s.contains("HTTP port " + busy.getLocalPort() + " cannot be bound"))
          .anyMatch(s -> s.startsWith("input adsb: nothing answers at 127.0.0.1"));
      assertThat(p).hasSize(10);

      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      PrintStream old = System.out;
      int code;
      try {
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        code = SargasCli.commandLine().execute("doctor", "--config", yaml.toString());
      } finally {
        System.setOut(old);
      }
      String text = bytes.toString(StandardCharsets.UTF_8);
      assertThat(code).isEqualTo(1);
      assertThat(text.lines().filter(l -> l.startsWith("PROBLEM")).count()).isEqualTo(10);
      assertThat(text).contains("sargas doctor: 10 problems");
    }
  }

  @Test
  void aSoundNodeHasNoProblems() throws Exception {
    Path yaml = dir.resolve("node.yaml");
    Files.writeString(
        yaml,
        """
        port: 0
        dataDir: %s
        sensors:
          - {id: ADSB-1, kind: ADSB_RECEIVER, latDeg: 54.6, lonDeg: 25.3, altitudeM: 200, updatePeriodS: 5}
        inputs:
          - {id: adsb, type: udp, format: SBS, host: 127.0.0.1, port: %d, sensorId: ADSB-1}
        """
            .formatted(dir.resolve("data"), freePort()));
    List<Finding> f = DoctorCommand.check(yaml, null, true, null);
    assertThat(problems(f)).isEmpty();
    assertThat(f).extracting(Finding::text).anyMatch(s -> s.contains("journal: none yet"));
    assertThat(SargasCli.commandLine().execute("doctor", "--config", yaml.toString())).isZero();
  }

  @Test
  void aMissingOrMalformedFileIsOneProblem() throws Exception {
    assertThat(problems(DoctorCommand.check(dir.resolve("none.yaml"), null, false, null)))
        .containsExactly(
            "configuration: " + dir.resolve("none.yaml") + " does not exist or is not a file");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "port: 8080\nsensorz: []\n");
    assertThat(problems(DoctorCommand.check(bad, null, false, null)))
        .singleElement()
        .asString()
        .contains("(line ")
        .contains("sensorz");
  }

  @Test
  void theDatabaseIsReachedOrSaysWhyNot() throws Exception {
    String url = EmbeddedPostgresServer.newDatabase("doctor");
    Path yaml = dir.resolve("pg.yaml");
    Files.writeString(
        yaml,
        "port: 0\ndataDir: %s\ndatabase: {jdbcUrl: \"%s\", user: postgres}\ninputs: []\n"
            .formatted(dir.resolve("data"), url));
    List<Finding> withPassword = DoctorCommand.check(yaml, null, true, "from-the-environment");
    assertThat(problems(withPassword)).isEmpty();
    assertThat(withPassword)
        .extracting(Finding::text)
        .anyMatch(
            s -> s.startsWith("database: connected to ") && s.contains("Flyway will migrate"));
    assertThat(problems(DoctorCommand.check(yaml, null, true, null)))
        .containsExactly(
            "database: no password: set SARGAS_DB_PASSWORD in the node's environment"
                + " (or database.password)");
    Path down = dir.resolve("down.yaml");
    Files.writeString(
        down,
        "port: 0\ndataDir: %s\ndatabase: {jdbcUrl: \"jdbc:postgresql://127.0.0.1:%d/x\", user: u}\ninputs: []\n"
            .formatted(dir.resolve("data"), freePort()));
    assertThat(problems(DoctorCommand.check(down, null, true, "pw")))
        .singleElement()
        .asString()
        .startsWith("database: cannot connect to jdbc:postgresql://127.0.0.1:");
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
