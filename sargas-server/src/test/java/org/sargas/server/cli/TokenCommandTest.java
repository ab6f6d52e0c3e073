package org.sargas.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sargas.server.security.Caller;
import org.sargas.server.security.LocalIssuer;
import org.sargas.server.security.Role;
import org.sargas.server.security.TokenRejected;
import org.sargas.server.security.TokenVerifier;
import picocli.CommandLine;

class TokenCommandTest {
  @TempDir Path data;

  record Run(int exit, String out, String err) {}

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = SargasCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void mintsATokenTheNodeAccepts() throws Exception {
    Run r =
        run("token", "--data", data.toString(), "--role", "operator", "--subject", "duty officer");
    assertThat(r.exit()).as(r.err()).isZero();
    String token = r.out().strip();
    assertThat(token.split("\\.")).hasSize(3);
    Caller c =
        new TokenVerifier(List.of(), LocalIssuer.open(data), InstantSource.system()).verify(token);
    assertThat(c.subject()).isEqualTo("duty officer");
    assertThat(c.roles()).containsExactly(Role.OPERATOR);
  }

  @Test
  void aShortLifetimeExpires() throws Exception {
    String token = run("token", "--data", data.toString(), "--role", "viewer", "--ttl", "1s").out();
    TokenVerifier later =
        new TokenVerifier(
            List.of(),
            LocalIssuer.open(data),
            InstantSource.fixed(java.time.Instant.now().plusSeconds(120)));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> later.verify(token.strip()))
        .isInstanceOf(TokenRejected.class)
        .satisfies(e -> assertThat(((TokenRejected) e).reason()).isEqualTo("expired"));
  }

  @Test
  void refusesUnknownRolesAndBadLifetimes() {
    assertThat(run("token", "--data", data.toString(), "--role", "pilot").exit()).isEqualTo(2);
    assertThat(run("token", "--data", data.toString(), "--role", "viewer", "--ttl", "8x").exit())
        .isEqualTo(2);
    assertThat(run("token", "--data", data.toString(), "--role", "viewer", "--ttl", "500d").exit())
        .isEqualTo(2);
  }
}
