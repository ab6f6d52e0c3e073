package org.sargas.server.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sargas.server.config.ConfigException;
import org.sargas.server.config.ServeConfig;
import org.sargas.server.serve.ServeBackend;
import org.sargas.server.serve.ServeNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sargas serve}: runs the live node until SIGTERM / ctrl-c (docs/serve.md). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the live system: sensor sockets in; air picture, alerts and evidence out (docs/serve.md)."
    })
public final class ServeCommand implements Callable<Integer> {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "YAML configuration (default: the embedded one).")
  Path config;

  @Option(names = "--port", description = "HTTP/WebSocket port (overrides the configuration).")
  Integer port;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data directory (overrides the configuration).")
  Path data;

  @Override
  public Integer call() {
    return runWith(null);
  }

  /**
   * Runs the node of these options with its pipeline in {@code backend} (sargas-flink's {@code
   * serve --kafka}, which takes these options as a mixin), or on its own thread if null.
   */
  public int runWith(ServeBackend backend) {
    ServeConfig c;
    try {
      c = config == null ? ServeConfig.defaults() : ServeConfig.read(config);
    } catch (NoSuchFileException e) {
      System.err.println("sargas serve: no such file: " + config);
      return SargasCli.EXIT_ENVIRONMENT;
    } catch (IOException | ConfigException e) {
      System.err.println("sargas serve: " + e.getMessage());
      return 2;
    }
    if (port != null) {
      c = c.withPort(port);
    }
    if (data != null) {
      c = c.withDataDir(data.toString());
    }
    return run(c, InstantSource.system(), null, backend);
  }

  /**
   * Starts a node and blocks until the JVM is asked to stop; {@code started} runs once it is up.
   */
  static int run(
      ServeConfig c, InstantSource clock, java.util.function.Consumer<ServeNode> started) {
    return run(c, clock, started, null);
  }

  private static int run(
      ServeConfig c,
      InstantSource clock,
      java.util.function.Consumer<ServeNode> started,
      ServeBackend backend) {
    ServeNode node;
    try {
      node = ServeNode.start(c, clock, backend);
    } catch (IOException | RuntimeException e) {
      System.err.println("sargas serve: cannot start: " + e);
      return SargasCli.EXIT_ENVIRONMENT;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  node.close();
                  stopped.countDown();
                },
                "sargas-shutdown"));
    System.out.println(
        "sargas: serving on "
            + node.baseUrl()
            + "/  (data "
            + c.dataDir()
            + (node.tls() && c.web().tls().keyStore() == null
                ? "; self-signed certificate " + c.dataDir() + "/security/web-tls.p12"
                : "")
            + ")");
    System.out.flush();
    if (started != null) {
      started.accept(node);
    }
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
