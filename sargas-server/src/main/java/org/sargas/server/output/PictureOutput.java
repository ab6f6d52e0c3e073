package org.sargas.server.output;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.sargas.model.track.Track;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One output of the picture: each {@link #update} reads the live tracks, keeps those that pass the
 * filter, encodes them and hands the messages to the transport. Run by one scheduler thread at the
 * output's update rate; a failure is logged and counted, and the next update tries again.
 */
public final class PictureOutput implements Runnable, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PictureOutput.class);

  private final String id;
  private final Supplier<List<Track>> picture;
  private final TrackFilter filter;
  private final PictureEncoder encoder;
  private final OutputTransport transport;
  private final InstantSource clock;
  private final AtomicLong updates = new AtomicLong();
  private final AtomicLong tracksSent = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();

  public PictureOutput(
      String id,
      Supplier<List<Track>> picture,
      TrackFilter filter,
      PictureEncoder encoder,
      OutputTransport transport,
      InstantSource clock) {
    this.id = id;
    this.picture = picture;
    this.filter = filter;
    this.encoder = encoder;
    this.transport = transport;
    this.clock = clock;
  }

  /** Sends one update now. */
  public void update() {
    Instant now = clock.instant();
    List<Track> tracks = picture.get().stream().filter(filter).toList();
    for (byte[] m : encoder.encode(tracks, now)) {
      transport.send(m);
    }
    updates.incrementAndGet();
    tracksSent.addAndGet(tracks.size());
  }

  @Override
  public void run() {
    try {
      update();
    } catch (RuntimeException e) {
      if (failures.incrementAndGet() == 1) {
        LOG.warn("output {}: update failed: {}", id, e.toString());
      }
    }
  }

  /** The output's id. */
  public String id() {
    return id;
  }

  /** Updates sent. */
  public long updates() {
    return updates.get();
  }

  /** Track reports sent (one per track per update). */
  public long tracksSent() {
    return tracksSent.get();
  }

  /** Updates that failed. */
  public long failures() {
    return failures.get();
  }

  /** The transport. */
  public OutputTransport transport() {
    return transport;
  }

  @Override
  public void close() {
    transport.close();
  }
}
