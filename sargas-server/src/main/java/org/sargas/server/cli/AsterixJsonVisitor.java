package org.sargas.server.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.sargas.formats.asterix.ItemVisitor;
import org.sargas.formats.asterix.spec.AsterixItem;

/**
 * Writes the items of an ASTERIX record as JSON members (schema in docs/formats.md): each item
 * under its spec name; enumerations, integers and raw fields as the bare transmitted value, text as
 * a string, quantities as {@code {"raw": n, "<SI unit>": value}} (e.g. {@code {"raw": 50607, "m":
 * 366110.016}}, angles in "rad"). Verbose mode adds table meanings and the value under the
 * specification's unit (e.g. {@code "NM"}).
 */
final class AsterixJsonVisitor implements ItemVisitor {
  private enum State {
    PENDING,
    OBJECT,
    ARRAY,
    VALUE
  }

  private final JsonGenerator g;
  private final Deque<State> stack = new ArrayDeque<>();

  private final boolean verbose;

  AsterixJsonVisitor(JsonGenerator g, boolean verbose) {
    this.g = g;
    this.verbose = verbose;
  }

  private interface Io {
    void run() throws IOException;
  }

  private static void io(Io r) {
    try {
      r.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Before a child: opens the parent object if needed, writes the member name. */
  private void child(String name) throws IOException {
    State top = stack.peek();
    if (name == null) {
      if (top == State.PENDING) {
        stack.pop();
        stack.push(State.VALUE);
      }
      return;
    }
    if (top == State.PENDING) {
      g.writeStartObject();
      stack.pop();
      stack.push(State.OBJECT);
    }
    g.writeFieldName(name);
  }

  @Override
  public void beginItem(AsterixItem item) {
    io(() -> g.writeFieldName(item.specName()));
    stack.push(State.PENDING);
  }

  @Override
  public void endItem() {
    io(() -> close(stack.pop()));
  }

  private void close(State s) throws IOException {
    switch (s) {
      case PENDING -> g.writeNull();
      case OBJECT -> g.writeEndObject();
      case ARRAY -> g.writeEndArray();
      case VALUE -> {}
    }
  }

  @Override
  public void beginStruct(String name) {
    io(
        () -> {
          child(name);
          g.writeStartObject();
          stack.push(State.OBJECT);
        });
  }

  @Override
  public void endStruct() {
    io(() -> close(stack.pop()));
  }

  @Override
  public void beginList(String name) {
    io(
        () -> {
          child(name);
          g.writeStartArray();
          stack.push(State.ARRAY);
        });
  }

  @Override
  public void endList() {
    io(() -> close(stack.pop()));
  }

  @Override
  public void number(String name, long raw, double value, String unit, String meaning) {
    io(
        () -> {
          child(name);
          if (unit == null) {
            if (verbose && meaning != null) {
              g.writeStartObject();
              g.writeNumberField("raw", raw);
              g.writeStringField("meaning", meaning);
              g.writeEndObject();
            } else {
              g.writeNumber(value == raw ? raw : (long) value);
            }
            return;
          }
          g.writeStartObject();
          g.writeNumberField("raw", raw);
          double f = SiUnits.factor(unit);
          if (Double.isNaN(f)) {
            g.writeNumberField(unit, value);
          } else {
            g.writeNumberField(SiUnits.siUnit(unit), significant(value * f));
            if (verbose && f != 1.0) {
              g.writeNumberField(unit, value);
            }
          }
          g.writeEndObject();
        });
  }

  /** Rounds to 9 significant digits: finer than any ASTERIX LSB, without binary noise. */
  static double significant(double v) {
    if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
      return v;
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(9)).doubleValue();
  }

  @Override
  public void text(String name, long raw, String value) {
    io(
        () -> {
          child(name);
          g.writeString(value);
        });
  }

  @Override
  public void opaque(String name, String hex) {
    io(
        () -> {
          child(name);
          g.writeString(hex);
        });
  }
}
