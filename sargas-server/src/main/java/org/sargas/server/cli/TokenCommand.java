package org.sargas.server.cli;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sargas.server.security.LocalIssuer;
import org.sargas.server.security.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sargas token}: mints a bearer token of the node's local issuer (docs/security.md). The
 * token alone goes to stdout, so that {@code curl -H "Authorization: Bearer $(./sargas token --role
 * viewer)"} works.
 */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = {
      "Mint a bearer token of the node's local issuer (key in DATA/security, created if absent).",
      "Prints the token alone; anyone holding it has its roles until it expires."
    })
public final class TokenCommand implements Callable<Integer> {
  @Mixin DataOptions dataOptions = new DataOptions();

  @Spec CommandSpec spec;

  @Option(
      names = "--role",
      required = true,
      paramLabel = "ROLE",
      description = "viewer, operator, commander, auditor or admin (repeatable).")
  List<String> roles;

  @Option(
      names = "--ttl",
      defaultValue = "8h",
      paramLabel = "DURATION",
      description = "Lifetime: 90s, 30m, 8h, 7d (default ${DEFAULT-VALUE}; at most 400d).")
  String ttl;

  @Option(
      names = "--subject",
      paramLabel = "NAME",
      description =
          "Who the token names (recorded as the actor of what it does; default: the OS user).")
  String subject;

  @Override
  public Integer call() throws IOException {
    Set<Role> granted = EnumSet.noneOf(Role.class);
    for (String r : roles) {
      Role role = Role.parse(r).orElse(null);
      if (role == null) {
        spec.commandLine()
            .getErr()
            .println(
                "sargas token: unknown role "
                    + r
                    + " (viewer, operator, commander, auditor, admin)");
        return 2;
      }
      granted.add(role);
    }
    Duration lifetime = duration(ttl);
    if (lifetime == null || lifetime.isZero() || lifetime.compareTo(Duration.ofDays(400)) > 0) {
      spec.commandLine()
          .getErr()
          .println("sargas token: --ttl must be like 90s, 30m, 8h or 7d, at most 400d");
      return 2;
    }
    String who = subject != null ? subject : System.getProperty("user.name", "operator");
    if (who.isBlank()) {
      spec.commandLine().getErr().println("sargas token: --subject must not be blank");
      return 2;
    }
    LocalIssuer issuer = LocalIssuer.open(dataOptions.dataDir());
    spec.commandLine().getOut().println(issuer.mint(who, granted, lifetime, Instant.now()));
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** {@code 90s}, {@code 30m}, {@code 8h}, {@code 7d}; null if not one of these. */
  static Duration duration(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    if (!t.matches("[0-9]{1,6}[smhd]")) {
      return null;
    }
    long n = Long.parseLong(t.substring(0, t.length() - 1));
    return switch (t.charAt(t.length() - 1)) {
      case 's' -> Duration.ofSeconds(n);
      case 'm' -> Duration.ofMinutes(n);
      case 'h' -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }
}
