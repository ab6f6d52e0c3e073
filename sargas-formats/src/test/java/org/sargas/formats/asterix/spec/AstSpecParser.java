package org.sargas.formats.asterix.spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the machine-readable ASTERIX definitions of zoranbosnjak/asterix-specs (".ast" text format:
 * indentation-structured items, variations, contents and the UAP) into the runtime spec model.
 * Test/tool code only: the project never ships the .ast files.
 */
final class AstSpecParser {

  /** One line with its children (lines indented deeper that follow it). */
  private record Node(int indent, String text, List<Node> children) {}

  private static final Pattern FIELD = Pattern.compile("^(\\S+)\\s+\"(.*)\"$");
  private static final Pattern QUANTITY =
      Pattern.compile("^(unsigned|signed) quantity (\\S+) \"([^\"]*)\".*$");

  private AstSpecParser() {}

  static AsterixCategory parse(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  static AsterixCategory parse(List<String> lines) {
    Node root = tree(lines);
    int cat = -1;
    String edition = null;
    String title = "";
    Map<String, AsterixItem> items = new LinkedHashMap<>();
    List<String> uap = new ArrayList<>();
    Map<String, List<String>> variations = new LinkedHashMap<>();
    String selectorItem = null;
    String selectorField = null;
    Map<Integer, String> selectorCases = new LinkedHashMap<>();
    for (Node n : root.children()) {
      String t = n.text();
      if (t.startsWith("asterix ")) {
        Matcher m = Pattern.compile("^asterix (\\d+) \"(.*)\"$").matcher(t);
        if (!m.matches()) {
          throw new IllegalArgumentException("bad header: " + t);
        }
        cat = Integer.parseInt(m.group(1));
        title = m.group(2);
      } else if (t.startsWith("edition ")) {
        edition = t.substring(8).trim();
      } else if (t.equals("items")) {
        for (Node itemNode : n.children()) {
          Matcher m = FIELD.matcher(itemNode.text());
          if (!m.matches()) {
            throw new IllegalArgumentException("bad item: " + itemNode.text());
          }
          items.put(
              m.group(1), new AsterixItem(cat, m.group(1), m.group(2), variationOf(itemNode)));
        }
      } else if (t.equals("uap")) {
        for (Node u : n.children()) {
          uap.add(u.text());
        }
      } else if (t.equals("uaps")) {
        for (Node u : n.children()) {
          if (u.text().equals("variations")) {
            for (Node v : u.children()) {
              List<String> ids = new ArrayList<>();
              for (Node id : v.children()) {
                ids.add(id.text());
              }
              variations.put(v.text(), ids);
            }
          } else if (u.text().startsWith("case ")) {
            String[] path = u.text().substring(5).trim().split("/");
            if (path.length != 2) {
              throw new IllegalArgumentException("unsupported UAP selector " + u.text());
            }
            selectorItem = path[0];
            selectorField = path[1];
            for (Node c : u.children()) {
              int colon = c.text().indexOf(':');
              selectorCases.put(
                  Integer.parseInt(c.text().substring(0, colon).trim()),
                  c.text().substring(colon + 1).strip());
            }
          } else {
            throw new IllegalArgumentException("unsupported uaps entry " + u.text());
          }
        }
      }
    }
    if (!variations.isEmpty()) {
      Map<String, List<AsterixItem>> uaps = new LinkedHashMap<>();
      variations.forEach((name, ids) -> uaps.put(name, profile(ids, items)));
      return new AsterixCategory(
          cat, edition, title, new UapSelection(selectorItem, selectorField, selectorCases, uaps));
    }
    return new AsterixCategory(cat, edition, title, profile(uap, items));
  }

  /**
   * The UAP of the listed ids. "-" is an unused FRN; so is "rfs" (Random Field Sequencing, CAT001
   * and CAT002), which Sargas does not decode: a record using it is a failure ("FSPEC sets FRN 21
   * which the UAP does not define").
   */
  private static List<AsterixItem> profile(List<String> ids, Map<String, AsterixItem> items) {
    List<AsterixItem> profile = new ArrayList<>();
    for (String id : ids) {
      if (id.equals("-") || id.equals("rfs")) {
        profile.add(null);
      } else {
        AsterixItem i = items.get(id);
        if (i == null) {
          throw new IllegalArgumentException("UAP names unknown item " + id);
        }
        profile.add(i);
      }
    }
    return profile;
  }

  private static Node tree(List<String> lines) {
    Node root = new Node(-1, "", new ArrayList<>());
    List<Node> stack = new ArrayList<>();
    stack.add(root);
    for (String raw : lines) {
      if (raw.isBlank()) {
        continue;
      }
      int indent = 0;
      while (indent < raw.length() && raw.charAt(indent) == ' ') {
        indent++;
      }
      Node n = new Node(indent, raw.strip(), new ArrayList<>());
      while (stack.get(stack.size() - 1).indent() >= indent) {
        stack.remove(stack.size() - 1);
      }
      stack.get(stack.size() - 1).children().add(n);
      stack.add(n);
    }
    return root;
  }

  private static boolean isVariation(String t) {
    return t.startsWith("element ")
        || t.equals("group")
        || t.equals("extended")
        || t.startsWith("repetitive ")
        || t.startsWith("explicit")
        || t.equals("compound");
  }

  /** The variation among a field's or item's children. */
  private static Variation variationOf(Node owner) {
    for (Node c : owner.children()) {
      if (isVariation(c.text())) {
        return variation(c);
      }
    }
    throw new IllegalArgumentException("no variation under " + owner.text());
  }

  private static Variation variation(Node n) {
    String t = n.text();
    if (t.startsWith("element ")) {
      int bits = Integer.parseInt(t.substring(8).trim());
      return new Variation.Element(bits, content(n.children().get(0)));
    }
    if (t.equals("group")) {
      return new Variation.Group(fields(n.children()));
    }
    if (t.equals("extended")) {
      List<List<Field>> parts = new ArrayList<>();
      List<Node> current = new ArrayList<>();
      for (Node c : n.children()) {
        if (c.text().equals("-")) {
          parts.add(fields(current));
          current = new ArrayList<>();
        } else {
          current.add(c);
        }
      }
      parts.add(fields(current));
      return new Variation.Extended(parts);
    }
    if (t.startsWith("repetitive ")) {
      String kind = t.substring(11).trim();
      Variation element = variation(n.children().get(0));
      if (kind.equals("fx")) {
        return new Variation.Repetitive(true, element);
      }
      if (!kind.equals("1")) {
        throw new IllegalArgumentException("unsupported repetition " + t);
      }
      return new Variation.Repetitive(false, element);
    }
    if (t.startsWith("explicit")) {
      String kind = t.substring(8).trim();
      return new Variation.Explicit(
          kind.equals("re")
              ? Variation.ExplicitKind.RE
              : kind.equals("sp") ? Variation.ExplicitKind.SP : Variation.ExplicitKind.PLAIN);
    }
    if (t.equals("compound")) {
      List<Field> subs = new ArrayList<>();
      for (Node c : n.children()) {
        if (c.text().equals("-")) {
          subs.add(null);
        } else {
          subs.add(field(c));
        }
      }
      return new Variation.Compound(subs);
    }
    throw new IllegalArgumentException("unknown variation " + t);
  }

  private static List<Field> fields(List<Node> nodes) {
    List<Field> out = new ArrayList<>();
    for (Node c : nodes) {
      out.add(field(c));
    }
    return out;
  }

  private static Field field(Node c) {
    if (c.text().startsWith("spare ")) {
      return new Field(
          null, "", new Variation.Spare(Integer.parseInt(c.text().substring(6).trim())));
    }
    Matcher m = FIELD.matcher(c.text());
    if (!m.matches()) {
      throw new IllegalArgumentException("bad field: " + c.text());
    }
    return new Field(m.group(1), m.group(2), variationOf(c));
  }

  private static Content content(Node n) {
    String t = n.text();
    if (t.equals("raw")) {
      return new Content.Raw();
    }
    if (t.equals("table")) {
      Map<Integer, String> m = new LinkedHashMap<>();
      for (Node e : n.children()) {
        int colon = e.text().indexOf(':');
        m.put(
            Integer.parseInt(e.text().substring(0, colon).trim()),
            e.text().substring(colon + 1).strip());
      }
      return new Content.Table(m);
    }
    if (t.startsWith("string ")) {
      return new Content.Text(
          Content.TextKind.valueOf(t.substring(7).trim().toUpperCase(java.util.Locale.ROOT)));
    }
    if (t.startsWith("case ")) {
      Map<Integer, Content> cases = new LinkedHashMap<>();
      Content fallback = new Content.Raw();
      for (Node e : n.children()) {
        Content c = content(e.children().get(0));
        if (e.text().equals("default:")) {
          fallback = c;
        } else {
          cases.put(Integer.parseInt(e.text().replace(":", "").trim()), c);
        }
      }
      return new Content.Dependent(List.of(t.substring(5).trim().split("/")), cases, fallback);
    }
    if (t.equals("bds") || t.startsWith("bds ")) {
      return new Content.Bds();
    }
    if (t.startsWith("unsigned integer") || t.startsWith("signed integer")) {
      return new Content.Integer(t.startsWith("signed"));
    }
    Matcher q = QUANTITY.matcher(t);
    if (q.matches()) {
      return new Content.Quantity(q.group(1).equals("signed"), number(q.group(2)), q.group(3));
    }
    throw new IllegalArgumentException("unknown content " + t);
  }

  /** Evaluates "a", "a/b", "a/b^c", "a^b/c^d" and decimals. */
  static double number(String s) {
    int slash = s.indexOf('/');
    if (slash >= 0) {
      return number(s.substring(0, slash)) / number(s.substring(slash + 1));
    }
    int caret = s.indexOf('^');
    if (caret >= 0) {
      return Math.pow(number(s.substring(0, caret)), number(s.substring(caret + 1)));
    }
    return Double.parseDouble(s);
  }
}
