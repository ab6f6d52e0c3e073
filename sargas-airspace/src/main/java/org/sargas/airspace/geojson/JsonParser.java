package org.sargas.airspace.geojson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 JSON parser producing {@code Map<String, Object>} (insertion-ordered),
 * {@code List<Object>}, {@code String}, {@code Double}, {@code Boolean} and {@code null}. An array
 * whose elements are all numbers becomes a {@code double[]} (GeoJSON positions), which keeps large
 * coordinate arrays compact. Not thread-safe; one instance parses one text.
 */
final class JsonParser {
  private final String source;
  private final String text;
  private int pos;
  private double[] numberBuffer = new double[16];

  private JsonParser(String source, String text) {
    this.source = source;
    this.text = text;
  }

  /** Parses a whole JSON text. */
  static Object parse(String source, String text) throws GeoDataException {
    JsonParser p = new JsonParser(source, text);
    p.skipWhitespace();
    Object value = p.value();
    p.skipWhitespace();
    if (p.pos != text.length()) {
      throw p.error("unexpected content after the JSON value");
    }
    return value;
  }

  private GeoDataException error(String reason) {
    return new GeoDataException(source, pos, reason);
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        pos++;
      } else {
        return;
      }
    }
  }

  private Object value() throws GeoDataException {
    if (pos >= text.length()) {
      throw error("unexpected end of input");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        literal("true");
        return Boolean.TRUE;
      case 'f':
        literal("false");
        return Boolean.FALSE;
      case 'n':
        literal("null");
        return null;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character '" + c + "'");
    }
  }

  private void literal(String word) throws GeoDataException {
    if (!text.startsWith(word, pos)) {
      throw error("expected '" + word + "'");
    }
    pos += word.length();
  }

  private Map<String, Object> object() throws GeoDataException {
    pos++; // '{'
    Map<String, Object> map = new LinkedHashMap<>();
    skipWhitespace();
    if (pos < text.length() && text.charAt(pos) == '}') {
      pos++;
      return map;
    }
    while (true) {
      skipWhitespace();
      if (pos >= text.length() || text.charAt(pos) != '"') {
        throw error("expected a member name in double quotes");
      }
      String key = string();
      skipWhitespace();
      expect(':');
      skipWhitespace();
      map.put(key, value());
      skipWhitespace();
      if (pos >= text.length()) {
        throw error("unterminated object");
      }
      char c = text.charAt(pos++);
      if (c == '}') {
        return map;
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or '}' in object");
      }
    }
  }

  private void expect(char c) throws GeoDataException {
    if (pos >= text.length() || text.charAt(pos) != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private Object array() throws GeoDataException {
    pos++; // '['
    skipWhitespace();
    if (pos < text.length() && text.charAt(pos) == ']') {
      pos++;
      return new ArrayList<>(0);
    }
    char first = pos < text.length() ? text.charAt(pos) : ' ';
    if (first == '-' || (first >= '0' && first <= '9')) {
      return numberArray();
    }
    return mixedArrayTail(new ArrayList<>());
  }

  /** An array that starts with a number: kept as double[] while all elements are numbers. */
  private Object numberArray() throws GeoDataException {
    int n = 0;
    while (true) {
      skipWhitespace();
      char c = pos < text.length() ? text.charAt(pos) : ' ';
      if (!(c == '-' || (c >= '0' && c <= '9'))) {
        List<Object> list = new ArrayList<>(n + 4);
        for (int i = 0; i < n; i++) {
          list.add(numberBuffer[i]);
        }
        return mixedArrayTail(list);
      }
      if (n == numberBuffer.length) {
        numberBuffer = Arrays.copyOf(numberBuffer, n * 2);
      }
      numberBuffer[n++] = number();
      skipWhitespace();
      if (pos >= text.length()) {
        throw error("unterminated array");
      }
      char sep = text.charAt(pos++);
      if (sep == ']') {
        return Arrays.copyOf(numberBuffer, n);
      }
      if (sep != ',') {
        pos--;
        throw error("expected ',' or ']' in array");
      }
    }
  }

  private List<Object> mixedArrayTail(List<Object> list) throws GeoDataException {
    while (true) {
      skipWhitespace();
      list.add(value());
      skipWhitespace();
      if (pos >= text.length()) {
        throw error("unterminated array");
      }
      char c = text.charAt(pos++);
      if (c == ']') {
        return list;
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or ']' in array");
      }
    }
  }

  private double number() throws GeoDataException {
    int start = pos;
    if (text.charAt(pos) == '-') {
      pos++;
    }
    int digitsStart = pos;
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos == digitsStart) {
      throw error("digit expected in number");
    }
    if (text.charAt(digitsStart) == '0' && pos - digitsStart > 1) {
      pos = digitsStart;
      throw error("leading zero in number");
    }
    if (pos < text.length() && text.charAt(pos) == '.') {
      pos++;
      int fracStart = pos;
      while (pos < text.length() && isDigit(text.charAt(pos))) {
        pos++;
      }
      if (pos == fracStart) {
        throw error("digit expected after decimal point");
      }
    }
    if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      pos++;
      if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        pos++;
      }
      int expStart = pos;
      while (pos < text.length() && isDigit(text.charAt(pos))) {
        pos++;
      }
      if (pos == expStart) {
        throw error("digit expected in exponent");
      }
    }
    return Double.parseDouble(text.substring(start, pos));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private String string() throws GeoDataException {
    pos++; // opening quote
    StringBuilder sb = null;
    int runStart = pos;
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        String s =
            sb == null ? text.substring(runStart, pos) : sb.append(text, runStart, pos).toString();
        pos++;
        return s;
      }
      if (c < 0x20) {
        throw error("control character in string");
      }
      if (c == '\\') {
        if (sb == null) {
          sb = new StringBuilder();
        }
        sb.append(text, runStart, pos);
        pos++;
        if (pos >= text.length()) {
          throw error("unterminated escape");
        }
        char e = text.charAt(pos++);
        switch (e) {
          case '"':
          case '\\':
          case '/':
            sb.append(e);
            break;
          case 'b':
            sb.append('\b');
            break;
          case 'f':
            sb.append('\f');
            break;
          case 'n':
            sb.append('\n');
            break;
          case 'r':
            sb.append('\r');
            break;
          case 't':
            sb.append('\t');
            break;
          case 'u':
            if (pos + 4 > text.length()) {
              throw error("short \\u escape");
            }
            try {
              sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
            } catch (NumberFormatException ex) {
              throw error("bad \\u escape");
            }
            pos += 4;
            break;
          default:
            pos--;
            throw error("bad escape '\\" + e + "'");
        }
        runStart = pos;
      } else {
        pos++;
      }
    }
  }
}
