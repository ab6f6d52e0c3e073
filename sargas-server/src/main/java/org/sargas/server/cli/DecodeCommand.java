package org.sargas.server.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.asterix.AsterixDecoder;
import org.sargas.formats.asterix.AsterixRecordSink;
import org.sargas.formats.asterix.AsterixRecordView;
import org.sargas.formats.asterix.ItemWalker;
import org.sargas.formats.asterix.editions.AsterixEditions;
import org.sargas.formats.asterix.observation.AsterixDomainCheck;
import org.sargas.formats.modes.AvrCodec;
import org.sargas.formats.modes.BeastFrameSink;
import org.sargas.formats.modes.BeastReader;
import org.sargas.formats.modes.ModeSDecoder;
import org.sargas.formats.modes.ModeSFields;
import org.sargas.formats.modes.SbsMessage;
import org.sargas.formats.modes.SbsParser;
import org.sargas.formats.remoteid.RemoteIdDecoder;
import org.sargas.formats.remoteid.RemoteIdMessage;
import org.sargas.server.ingest.CaptureFormat;
import org.sargas.server.ingest.CaptureReader;
import org.sargas.server.ingest.RemoteIdFrames;
import org.sargas.server.ingest.RemoteIdLink;
import org.sargas.server.ingest.UdpPayload;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sargas decode}: decodes recordings and writes one JSON object per decoded record to stdout
 * (schema: docs/formats.md). Errors go to stderr as {@code file @offset: reason}, then a summary.
 * Exit 0 when everything decoded, 1 when anything failed, 3 when a file is missing.
 */
@Command(
    name = "decode",
    mixinStandardHelpOptions = true,
    description = "Decode ASTERIX, Beast, AVR, SBS-1 or Remote ID recordings to JSON lines.")
public final class DecodeCommand implements Callable<Integer> {

  /** Input formats. */
  enum Format {
    asterix,
    beast,
    avr,
    sbs,
    remoteid
  }

  @Option(names = "--format", required = true, description = "asterix|beast|avr|sbs|remoteid")
  Format format;

  @Option(
      names = "--edition",
      description = "ASTERIX edition per category, e.g. --edition 21=2.6 (default: newest)")
  List<String> editions = new ArrayList<>();

  @Option(names = "--verbose", description = "ASTERIX: add table meanings and values in spec units")
  boolean verbose;

  @Option(
      names = "--all",
      description =
          "Mode S: print repeated identical frames too (default: once per aircraft and window)")
  boolean all;

  @Option(names = "--fix", description = "Mode S: correct single-bit errors in DF11/17/18")
  boolean fix;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "recordings (pcap/pcapng detected by magic number)")
  List<Path> files;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private static final int REPEAT_WINDOW = 256;
  private final java.util.Set<String> recentFrames = new java.util.HashSet<>();
  private final java.util.ArrayDeque<String> recentOrder = new java.util.ArrayDeque<>();
  private long repeats;
  private long records;
  private long errors;
  private long skippedBytes;
  private PrintWriter err;
  private JsonGenerator json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    err = spec.commandLine().getErr();
    AsterixDecoder asterix;
    try {
      asterix = new AsterixDecoder(AsterixEditions.select(editions));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    json = new JsonFactory().createGenerator(out);
    json.setRootValueSeparator(null);
    ModeSDecoder modes = new ModeSDecoder(4096, 60_000, fix, Double.NaN, Double.NaN);
    int missing = 0;
    for (Path file : files) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (NoSuchFileException e) {
        err.println(file + ": no such file");
        missing++;
        continue;
      }
      String name = file.toString();
      switch (format) {
        case asterix -> decodeAsterix(asterix, bytes, name);
        case avr -> decodeAvr(modes, bytes, name);
        case beast -> decodeBeast(modes, bytes, name);
        case sbs -> decodeSbs(bytes, name);
        case remoteid -> decodeRemoteId(bytes, name);
      }
      json.flush();
    }
    json.flush();
    out.flush();
    err.printf(
        "summary: %d file(s), %d record(s), %d error(s), %d byte(s) skipped%s%n",
        files.size() - missing,
        records,
        errors,
        skippedBytes,
        repeats > 0
            ? ", " + repeats + " repeated frame(s) decoded but not printed (--all prints them)"
            : "");
    err.flush();
    if (missing > 0) {
      return SargasCli.EXIT_ENVIRONMENT;
    }
    return errors > 0 ? SargasCli.EXIT_FAILURES : 0;
  }

  /** Reports one failure on stderr and counts it. */
  void failure(DecodeFailure f, long skipped) {
    errors++;
    skippedBytes += skipped;
    err.println(f.source() + " @" + f.offset() + ": " + f.reason());
  }

  /** The JSON output, positioned between records. */
  JsonGenerator json() {
    return json;
  }

  /** Counts one written record and ends its line. */
  void recordWritten() throws IOException {
    records++;
    json.writeRaw('\n');
  }

  private void decodeAsterix(AsterixDecoder decoder, byte[] bytes, String name) {
    ItemWalker walker = new ItemWalker();
    AsterixDomainCheck domains = new AsterixDomainCheck();
    java.io.StringWriter line = new java.io.StringWriter();
    JsonFactory factory = new JsonFactory();
    AsterixRecordSink sink =
        new AsterixRecordSink() {
          @Override
          public void record(AsterixRecordView r) {
            // Rendered into its own buffer first: a record that cannot be rendered becomes a
            // failure instead of a broken line or an aborted run.
            line.getBuffer().setLength(0);
            try (JsonGenerator g = factory.createGenerator(line)) {
              g.writeStartObject();
              g.writeNumberField("category", r.category());
              g.writeNumberField("offset", r.sourceOffset());
              if (r.uapVariation() != null) {
                g.writeStringField("uap", r.uapVariation());
              }
              int i010 = r.spec().indexOf("010");
              if (r.has(i010)) {
                g.writeNumberField("sac", r.buffer()[r.itemOffset(i010)] & 0xff);
                g.writeNumberField("sic", r.buffer()[r.itemOffset(i010) + 1] & 0xff);
              }
              walker.walk(r, new AsterixJsonVisitor(g, verbose));
              g.writeEndObject();
            } catch (IOException | RuntimeException e) {
              DecodeCommand.this.failure(
                  new DecodeFailure(
                      name, r.sourceOffset(), "record could not be rendered: " + e.getMessage()),
                  r.recordLength());
              return;
            }
            try {
              json.writeRaw(line.toString());
              recordWritten();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            // The record is printed as it is on the wire; values outside their physical domain
            // (the ones Sargas refuses to turn into observations) are failures besides.
            domains.check(r, name, f -> DecodeCommand.this.failure(f, 0));
          }

          @Override
          public void failure(DecodeFailure f, int skipped) {
            DecodeCommand.this.failure(f, skipped);
          }
        };
    CaptureFormat cf = CaptureFormat.detect(bytes);
    if (cf == CaptureFormat.RAW) {
      decoder.decode(bytes, 0, bytes.length, name, 0, sink);
      return;
    }
    CaptureReader.read(
        bytes,
        name,
        p -> {
          UdpPayload u = UdpPayload.of(p);
          if (u != null && u.length() > 0) {
            decoder.decode(p.data(), u.offset(), u.length(), name, u.offset(), sink);
          }
        },
        f -> failure(f, 0));
  }

  /**
   * Whether this frame repeats one of the last {@value #REPEAT_WINDOW} frames (and is not printed).
   */
  private boolean repeated(byte[] frame, int off, int len) {
    if (all) {
      return false;
    }
    String key = java.util.HexFormat.of().formatHex(frame, off, off + len);
    if (recentFrames.contains(key)) {
      repeats++;
      return true;
    }
    recentFrames.add(key);
    recentOrder.addLast(key);
    if (recentOrder.size() > REPEAT_WINDOW) {
      recentFrames.remove(recentOrder.removeFirst());
    }
    return false;
  }

  private void writeModeS(ModeSFields f, long mlat, int signal) {
    try {
      json.writeStartObject();
      ModeSJsonWriter.write(json, f);
      if (mlat >= 0) {
        json.writeNumberField("mlat12MHz", mlat);
      }
      if (signal >= 0) {
        json.writeNumberField("signal", signal);
      }
      json.writeEndObject();
      recordWritten();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text line of a file and the octet offset where it starts. */
  private interface LineHandler {
    void line(String line, long offset) throws IOException;
  }

  /** Calls {@code handler} for every non-blank line (ISO-8859-1, so offsets are octets). */
  private static void forEachLine(byte[] bytes, LineHandler handler) throws IOException {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int pos = 0;
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(pos, end);
      if (!line.isBlank()) {
        handler.line(line, pos);
      }
      pos = end + 1;
    }
  }

  private void decodeAvr(ModeSDecoder decoder, byte[] bytes, String name) throws IOException {
    byte[] frame = new byte[14];
    long[] ts = new long[1];
    ModeSFields fields = new ModeSFields();
    forEachLine(
        bytes,
        (line, at) -> {
          int n = AvrCodec.parse(line, frame, ts);
          if (n < 0) {
            failure(new DecodeFailure(name, at, "not an AVR line"), line.length());
          } else if (n == 2) {
            records++;
          } else {
            long timeMs = ts[0] < 0 ? 0 : ts[0] / 12_000;
            DecodeFailure f = decoder.decode(frame, 0, n, timeMs, fields, name, at);
            if (f != null) {
              failure(f, 0);
            } else if (!repeated(frame, 0, n)) {
              writeModeS(fields, ts[0], -1);
            }
          }
        });
  }

  private void decodeBeast(ModeSDecoder decoder, byte[] bytes, String name) {
    ModeSFields fields = new ModeSFields();
    new BeastReader()
        .read(
            bytes,
            0,
            bytes.length,
            true,
            name,
            0,
            new BeastFrameSink() {
              @Override
              public void frame(
                  int type, long ts, int signal, byte[] buf, int off, int len, long at) {
                if (type == '1') {
                  records++;
                  return;
                }
                DecodeFailure f = decoder.decode(buf, off, len, ts / 12_000, fields, name, at);
                if (f != null) {
                  failure(f, 0);
                } else if (!repeated(buf, off, len)) {
                  writeModeS(fields, ts, signal);
                }
              }

              @Override
              public void failure(DecodeFailure f, int skipped) {
                DecodeCommand.this.failure(f, skipped);
              }
            });
  }

  private void writeRemoteId(long frame, RemoteIdLink link, int counter, RemoteIdMessage m) {
    try {
      json.writeStartObject();
      if (frame > 0) {
        json.writeNumberField("frame", frame);
      }
      if (link != null) {
        json.writeStringField("link", link.name());
        json.writeNumberField("counter", counter);
      }
      RemoteIdJsonWriter.write(json, m);
      json.writeEndObject();
      recordWritten();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void decodeRemoteId(byte[] bytes, String name) {
    if (CaptureFormat.detect(bytes) == CaptureFormat.RAW) {
      for (int off = 0; off < bytes.length; off += RemoteIdDecoder.MESSAGE_OCTETS) {
        int n = Math.min(RemoteIdDecoder.MESSAGE_OCTETS, bytes.length - off);
        RemoteIdDecoder.decode(
            bytes, off, n, name, off, m -> writeRemoteId(0, null, 0, m), f -> failure(f, n));
      }
      return;
    }
    long[] frame = new long[1];
    CaptureReader.read(
        bytes,
        name,
        p -> {
          frame[0]++;
          RemoteIdFrames.find(
              p,
              (link, counter, b, off, len) ->
                  RemoteIdDecoder.decode(
                      b,
                      off,
                      len,
                      name,
                      off,
                      m -> writeRemoteId(frame[0], link, counter, m),
                      f -> failure(f, 0)));
        },
        f -> failure(f, 0));
  }

  private void decodeSbs(byte[] bytes, String name) throws IOException {
    forEachLine(
        bytes,
        (line, at) -> {
          SbsMessage m = SbsParser.parse(line, name, at, f -> failure(f, line.length()));
          if (m != null) {
            json.writeStartObject();
            ModeSJsonWriter.write(json, m);
            json.writeEndObject();
            recordWritten();
          }
        });
  }
}
