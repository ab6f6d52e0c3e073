package org.sargas.airspace.csv;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line (RFC 4180 quoting: fields in double quotes, "" for a quote inside). */
public final class CsvFields {
  private CsvFields() {}

  /** The line's fields, trimmed, quotes removed. */
  public static String[] split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        out.add(cur.toString().trim());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString().trim());
    return out.toArray(new String[0]);
  }
}
