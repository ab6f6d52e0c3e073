package org.sargas.store.evidence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Canonical JSON for evidence: the same value always serialises to the same bytes, so its hash is
 * stable.
 *
 * <p>Rules (after RFC 8785, JSON Canonicalization Scheme): UTF-8; no insignificant whitespace;
 * object members sorted by name in UTF-16 code-unit order; integers (and doubles with an integral
 * value below 2^53 in magnitude) written without fraction or exponent; other doubles in Java's
 * shortest round-trip form ({@link Double#toString}); NaN and infinities written as {@code null};
 * strings escaped as Jackson does (control characters, quote, backslash). It departs from RFC 8785
 * only in the exponent notation of very large or small non-integral numbers. Thread-safe.
 */
public final class CanonicalJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final double MAX_EXACT = 9007199254740992.0;

  private CanonicalJson() {}

  /** A new empty object node. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** The canonical bytes of a JSON tree. */
  public static byte[] bytes(JsonNode node) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Parses JSON bytes.
   *
   * @throws IOException if the bytes are not one well-formed JSON value
   */
  public static JsonNode parse(byte[] json) throws IOException {
    JsonNode n = MAPPER.readTree(json);
    if (n == null || n.isMissingNode()) {
      throw new IOException("no JSON value");
    }
    return n;
  }

  /** Whether {@code json} is exactly the canonical form of the value it encodes. */
  public static boolean isCanonical(byte[] json) {
    try {
      return Arrays.equals(json, bytes(parse(json)));
    } catch (IOException e) {
      return false;
    }
  }

  private static void write(JsonGenerator g, JsonNode n) throws IOException {
    if (n == null || n.isNull() || n.isMissingNode()) {
      g.writeNull();
    } else if (n.isObject()) {
      List<String> names = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        names.add(e.getKey());
      }
      names.sort(null);
      g.writeStartObject();
      for (String name : names) {
        g.writeFieldName(name);
        write(g, n.get(name));
      }
      g.writeEndObject();
    } else if (n.isArray()) {
      g.writeStartArray();
      for (JsonNode e : n) {
        write(g, e);
      }
      g.writeEndArray();
    } else if (n.isTextual()) {
      g.writeString(n.textValue());
    } else if (n.isBoolean()) {
      g.writeBoolean(n.booleanValue());
    } else if (n.isIntegralNumber()) {
      g.writeNumber(n.bigIntegerValue());
    } else if (n.isNumber()) {
      writeDouble(g, n.doubleValue());
    } else {
      g.writeString(n.asText());
    }
  }

  private static void writeDouble(JsonGenerator g, double v) throws IOException {
    if (!Double.isFinite(v)) {
      g.writeNull();
    } else if (v == Math.rint(v) && Math.abs(v) < MAX_EXACT) {
      g.writeNumber((long) v);
    } else {
      g.writeRawValue(Double.toString(v));
    }
  }
}
