package org.sargas.airspace.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON text (RFC 8259, strict: Jackson's streaming parser) into plain values: {@code
 * Map<String, Object>} (insertion-ordered), {@code List<Object>}, {@code String}, {@code Double},
 * {@code Boolean} and {@code null}. An array whose elements are all numbers becomes a {@code
 * double[]} (GeoJSON positions), which keeps the 9,000-vertex borders compact. Errors name the
 * source and the character offset. Stateless and thread-safe.
 */
final class JsonTreeReader {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

  private JsonTreeReader() {}

  /** Parses a whole JSON text. */
  static Object parse(String source, String text) throws GeoDataException {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new GeoDataException(source, 0, "unexpected end of input");
      }
      Object value = value(p, first);
      if (p.nextToken() != null) {
        throw new GeoDataException(
            source,
            (int) p.currentTokenLocation().getCharOffset(),
            "unexpected content after the JSON value");
      }
      return value;
    } catch (JsonParseException e) {
      throw new GeoDataException(
          source, (int) e.getLocation().getCharOffset(), e.getOriginalMessage());
    } catch (IOException e) {
      throw new GeoDataException(source, 0, e.getMessage());
    }
  }

  private static Object value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String name = p.currentName();
          map.put(name, value(p, p.nextToken()));
        }
        return map;
      case START_ARRAY:
        return array(p);
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new JsonParseException(p, "unexpected token " + t);
    }
  }

  /** An array: {@code double[]} while every element is a number, else a list. */
  private static Object array(JsonParser p) throws IOException {
    double[] numbers = new double[8];
    int n = 0;
    JsonToken t = p.nextToken();
    while (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      if (n == numbers.length) {
        numbers = Arrays.copyOf(numbers, 2 * n);
      }
      numbers[n++] = p.getDoubleValue();
      t = p.nextToken();
    }
    if (t == JsonToken.END_ARRAY) {
      return Arrays.copyOf(numbers, n);
    }
    List<Object> list = new ArrayList<>(n + 4);
    for (int i = 0; i < n; i++) {
      list.add(numbers[i]);
    }
    for (; t != JsonToken.END_ARRAY; t = p.nextToken()) {
      list.add(value(p, t));
    }
    return list;
  }
}
