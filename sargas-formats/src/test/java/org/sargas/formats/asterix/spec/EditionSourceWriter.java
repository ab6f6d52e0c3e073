package org.sargas.formats.asterix.spec;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes an {@link AsterixCategory} as the Java source of a generated edition table. */
final class EditionSourceWriter {
  private EditionSourceWriter() {}

  /**
   * Regenerates the tables of all supported editions: {@code args[0]} is the asterix-specs folder,
   * {@code args[1]} the output folder, {@code args[2]} (optional) a folder with the {@link
   * #FETCHED} specifications.
   */
  public static void main(String[] args) throws java.io.IOException {
    for (String name :
        new String[] {
          "cat021_cat-2.6.ast", "cat021_cat-2.7.ast", "cat034_cat-1.29.ast", "cat048_cat-1.31.ast",
          "cat048_cat-1.32.ast", "cat062_cat-1.19.ast", "cat062_cat-1.21.ast", "cat063_cat-1.7.ast",
          "cat065_cat-1.6.ast", "cat001_cat-1.4.ast", "cat002_cat-1.2.ast"
        }) {
      java.nio.file.Path spec = java.nio.file.Path.of(args[0], name);
      if (!java.nio.file.Files.isRegularFile(spec) && args.length > 2) {
        spec = java.nio.file.Path.of(args[2], name);
      }
      AsterixCategory c = AstSpecParser.parse(spec);
      java.nio.file.Files.writeString(
          java.nio.file.Path.of(args[1], className(c) + ".java"), write(c, name));
    }
  }

  /**
   * Where specifications that are not in the shared reference data come from: file name → path and
   * commit in github.com/zoranbosnjak/asterix-specs (BSD-3-Clause, Copyright (c) 2019, KZPS). The
   * generated header records it; {@code EditionTablesMatchSpecsTest} finds such files in {@code
   * -Dsargas.asterixSpecs=DIR}.
   */
  static final Map<String, String> FETCHED =
      Map.of(
          "cat001_cat-1.4.ast",
          "specs/cat001/cat-1.4.ast at commit c2b3d676a3359c319f672c974553cff7a79f0cae",
          "cat002_cat-1.2.ast",
          "specs/cat002/cat-1.2.ast at commit c2b3d676a3359c319f672c974553cff7a79f0cae");

  static String className(AsterixCategory c) {
    return String.format("Cat%03dEdition%s", c.category(), c.edition().replace(".", "_"));
  }

  static String write(AsterixCategory c, String specFile) {
    StringBuilder b = new StringBuilder();
    String cls = className(c);
    b.append("package org.sargas.formats.asterix.editions;\n\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.bds;\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.cases;\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.compound;\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.depends;\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.el;\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.explicit;\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.extended;\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.f;\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.group;\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.item;\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.part;\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.raw;\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.repetitive;\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.repetitiveFx;\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.si;\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.spare;\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.sq;\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.table;\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.text;\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.uaps;\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.ui;\n");
    b.append("import static org.sargas.formats.asterix.spec.SpecDsl.uq;\n");
    b.append("\n");
    b.append("import java.util.Arrays;\n");
    b.append("import org.sargas.formats.asterix.spec.AsterixCategory;\n");
    b.append("import org.sargas.formats.asterix.spec.AsterixItem;\n");
    b.append("import org.sargas.formats.asterix.spec.Content.TextKind;\n");
    b.append("import org.sargas.formats.asterix.spec.Variation.ExplicitKind;\n\n");
    b.append("/**\n * ASTERIX Category ")
        .append(String.format("%03d", c.category()))
        .append(" \"")
        .append(esc(c.title()))
        .append("\", edition ")
        .append(c.edition())
        .append(".\n *\n * <p>GENERATED from {@code ")
        .append(specFile)
        .append(
            FETCHED.containsKey(specFile)
                ? "} ("
                    + FETCHED.get(specFile)
                    + ") of github.com/zoranbosnjak/asterix-specs (BSD-3-Clause, Copyright (c) 2019,"
                    + " KZPS; redistributed definitions, not the file)"
                : "} of zoranbosnjak/asterix-specs\n * (BSD-3-Clause)")
        .append(
            " by {@code EditionSourceWriter}; do not edit. "
                + "{@code EditionTablesMatchSpecsTest}\n * checks it against the specification.\n */\n");
    b.append("public final class ").append(cls).append(" {\n");
    b.append("  private static final int C = ").append(c.category()).append(";\n\n");
    b.append("  /** The category definition with its UAP. */\n");
    b.append("  public static final AsterixCategory CATEGORY =\n      new AsterixCategory(C, \"")
        .append(c.edition())
        .append("\", \"")
        .append(esc(c.title()))
        .append("\", ");
    List<AsterixItem> all = new java.util.ArrayList<>();
    UapSelection sel = c.selection();
    if (sel == null) {
      uap(b, c.uap());
      all.addAll(c.uap());
    } else {
      b.append("uaps(\"")
          .append(sel.item())
          .append("\", \"")
          .append(sel.field())
          .append("\", cases(");
      int n = 0;
      for (Map.Entry<Integer, String> e : sel.variationByValue().entrySet()) {
        b.append(n++ > 0 ? ", " : "")
            .append(e.getKey())
            .append(", \"")
            .append(e.getValue())
            .append("\"");
      }
      b.append(")");
      for (Map.Entry<String, List<AsterixItem>> e : sel.uaps().entrySet()) {
        b.append(",\n          \"").append(e.getKey()).append("\", ");
        uap(b, e.getValue());
        for (AsterixItem i : e.getValue()) {
          if (!all.contains(i)) {
            all.add(i);
          }
        }
      }
      b.append(")");
    }
    b.append(");\n\n");
    b.append("  private ").append(cls).append("() {}\n");
    for (AsterixItem i : all) {
      if (i == null) {
        continue;
      }
      b.append("\n  private static AsterixItem i")
          .append(i.id())
          .append("() {\n    return item(C, \"")
          .append(i.id())
          .append("\", \"")
          .append(esc(i.title()))
          .append("\",\n        ");
      variation(b, i.variation(), 8);
      b.append(");\n  }\n");
    }
    b.append("}\n");
    return b.toString();
  }

  private static void uap(StringBuilder b, List<AsterixItem> uap) {
    b.append("Arrays.asList(");
    for (int k = 0; k < uap.size(); k++) {
      AsterixItem i = uap.get(k);
      b.append(k > 0 ? ", " : "").append(i == null ? "null" : "i" + i.id() + "()");
    }
    b.append(")");
  }

  private static void indent(StringBuilder b, int n) {
    b.append('\n');
    b.append(" ".repeat(n));
  }

  private static void variation(StringBuilder b, Variation v, int ind) {
    if (v instanceof Variation.Element e) {
      b.append("el(").append(e.bits()).append(", ");
      content(b, e.content(), ind + 4);
      b.append(")");
    } else if (v instanceof Variation.Group g) {
      b.append("group(");
      fields(b, g.fields(), ind + 4);
      b.append(")");
    } else if (v instanceof Variation.Extended x) {
      b.append("extended(");
      for (int k = 0; k < x.parts().size(); k++) {
        indent(b, ind + 4);
        b.append("part(");
        fields(b, x.parts().get(k), ind + 8);
        b.append(")").append(k + 1 < x.parts().size() ? "," : "");
      }
      b.append(")");
    } else if (v instanceof Variation.Repetitive r) {
      b.append(r.fx() ? "repetitiveFx(" : "repetitive(");
      variation(b, r.element(), ind + 4);
      b.append(")");
    } else if (v instanceof Variation.Explicit e) {
      b.append("explicit(ExplicitKind.").append(e.kind()).append(")");
    } else if (v instanceof Variation.Compound c) {
      b.append("compound(");
      fields(b, c.subitems(), ind + 4);
      b.append(")");
    } else {
      throw new IllegalArgumentException("spare is a field, not a variation: " + v);
    }
  }

  private static void fields(StringBuilder b, List<Field> fields, int ind) {
    for (int k = 0; k < fields.size(); k++) {
      Field f = fields.get(k);
      indent(b, ind);
      if (f == null) {
        b.append("null");
      } else if (f.spare()) {
        b.append("spare(").append(((Variation.Spare) f.variation()).bits()).append(")");
      } else {
        b.append("f(\"")
            .append(esc(f.name()))
            .append("\", \"")
            .append(esc(f.title()))
            .append("\", ");
        variation(b, f.variation(), ind + 4);
        b.append(")");
      }
      if (k + 1 < fields.size()) {
        b.append(",");
      }
    }
  }

  private static void content(StringBuilder b, Content c, int ind) {
    if (c instanceof Content.Raw) {
      b.append("raw()");
    } else if (c instanceof Content.Table t) {
      b.append("table(");
      Map<Integer, String> sorted = new TreeMap<>(t.meanings());
      int k = 0;
      for (Map.Entry<Integer, String> e : sorted.entrySet()) {
        indent(b, ind);
        b.append(e.getKey()).append(", \"").append(esc(e.getValue())).append("\"");
        if (++k < sorted.size()) {
          b.append(",");
        }
      }
      b.append(")");
    } else if (c instanceof Content.Quantity q) {
      b.append(q.signed() ? "sq(" : "uq(")
          .append(q.lsb())
          .append(", \"")
          .append(esc(q.unit()))
          .append("\")");
    } else if (c instanceof Content.Integer i) {
      b.append(i.signed() ? "si()" : "ui()");
    } else if (c instanceof Content.Text t) {
      b.append("text(TextKind.").append(t.kind()).append(")");
    } else if (c instanceof Content.Dependent d) {
      b.append("depends(\"").append(String.join("/", d.path())).append("\", ");
      content(b, d.fallback(), ind + 4);
      for (Map.Entry<Integer, Content> e : new TreeMap<>(d.cases()).entrySet()) {
        b.append(",");
        indent(b, ind);
        b.append(e.getKey()).append(", ");
        content(b, e.getValue(), ind + 4);
      }
      b.append(")");
    } else {
      b.append("bds()");
    }
  }

  private static String esc(String s) {
    StringBuilder o = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if (ch == '"' || ch == '\\') {
        o.append('\\').append(ch);
      } else if (ch < 0x20 || ch > 0x7e) {
        o.append(String.format("\\u%04x", (int) ch));
      } else {
        o.append(ch);
      }
    }
    return o.toString();
  }
}
