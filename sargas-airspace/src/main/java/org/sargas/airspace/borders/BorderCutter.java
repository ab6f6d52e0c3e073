package org.sargas.airspace.borders;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.sargas.airspace.geojson.GeoDataException;
import org.sargas.airspace.geojson.GeoJsonFeature;
import org.sargas.airspace.geojson.GeoJsonReader;
import org.sargas.airspace.geojson.GeoJsonWriter;

/**
 * Build-time tool: cuts a world file of national territories (one GeoJSON feature per country, ISO
 * alpha-3 in a property) down to a set of countries, each clipped to a longitude/latitude box, at
 * full resolution. Geometries that are not valid are repaired with JTS's {@link GeometryFixer}
 * before clipping. The output is a GeoJSON FeatureCollection with the single property {@code A3};
 * it is rewritten only when the input or the parameters changed (a stamp file records them).
 *
 * <p>Usage: {@code BorderCutter INPUT OUTPUT A3,A3,... minLon,minLat,maxLon,maxLat STAMP}. Run by
 * the Maven build of sargas-airspace in {@code process-classes}.
 */
public final class BorderCutter {
  private static final System.Logger LOG = System.getLogger(BorderCutter.class.getName());
  private static final String CODE_PROPERTY = "A3";

  private BorderCutter() {}

  /** Command-line entry point; exits non-zero with a message on failure. */
  public static void main(String[] args) throws IOException, GeoDataException {
    if (args.length != 5) {
      throw new IllegalArgumentException(
          "usage: BorderCutter INPUT OUTPUT A3,A3,... minLon,minLat,maxLon,maxLat STAMP");
    }
    Path input = Path.of(args[0]);
    Path output = Path.of(args[1]);
    Set<String> codes = new LinkedHashSet<>(List.of(args[2].split(",")));
    String[] b = args[3].split(",");
    if (b.length != 4) {
      throw new IllegalArgumentException("box must be minLon,minLat,maxLon,maxLat: " + args[3]);
    }
    Envelope box =
        new Envelope(
            Double.parseDouble(b[0]), Double.parseDouble(b[2]),
            Double.parseDouble(b[1]), Double.parseDouble(b[3]));
    cutIfStale(input, output, Path.of(args[4]), codes, box);
  }

  /**
   * Cuts {@code input} into {@code output} unless {@code stampFile} shows the same input (size and
   * modification time) and parameters and the output exists.
   *
   * @return true when the output was (re)written
   */
  public static boolean cutIfStale(
      Path input, Path output, Path stampFile, Set<String> codes, Envelope box)
      throws IOException, GeoDataException {
    if (!Files.isRegularFile(input)) {
      throw new GeoDataException(
          input.toString(), -1, "border file missing (the build fetches it with 'npm ci')");
    }
    String stamp =
        "input="
            + input.toAbsolutePath().normalize()
            + " size="
            + Files.size(input)
            + " mtime="
            + Files.getLastModifiedTime(input).toMillis()
            + " codes="
            + String.join(",", codes)
            + " box="
            + box.getMinX()
            + ","
            + box.getMinY()
            + ","
            + box.getMaxX()
            + ","
            + box.getMaxY()
            + "\n";
    if (Files.isRegularFile(output)
        && Files.isRegularFile(stampFile)
        && Files.readString(stampFile, StandardCharsets.UTF_8).equals(stamp)) {
      LOG.log(System.Logger.Level.DEBUG, "borders up to date: {0}", output);
      return false;
    }
    String text = Files.readString(input, StandardCharsets.UTF_8);
    List<GeoJsonFeature> cut = cut(input.toString(), text, codes, box);
    Files.createDirectories(output.toAbsolutePath().getParent());
    Path tmp = output.resolveSibling(output.getFileName() + ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      new GeoJsonWriter().write(cut, w);
    }
    Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Files.createDirectories(stampFile.toAbsolutePath().getParent());
    Files.writeString(stampFile, stamp, StandardCharsets.UTF_8);
    LOG.log(System.Logger.Level.INFO, "borders cut: {0} countries -> {1}", cut.size(), output);
    return true;
  }

  /**
   * The features of {@code codes}, in that order, clipped to {@code box}.
   *
   * @throws GeoDataException when the text is malformed or a requested country is missing
   */
  public static List<GeoJsonFeature> cut(
      String source, String text, Set<String> codes, Envelope box) throws GeoDataException {
    Map<String, Geometry> byCode = new LinkedHashMap<>();
    for (GeoJsonFeature f : new GeoJsonReader().read(source, text)) {
      String code = f.text(CODE_PROPERTY);
      if (code != null && codes.contains(code)) {
        byCode.put(code, f.geometry());
      }
    }
    List<GeoJsonFeature> out = new ArrayList<>();
    Geometry boxGeometry = null;
    for (String code : codes) {
      Geometry g = byCode.get(code);
      if (g == null) {
        throw new GeoDataException(source, -1, "no feature with " + CODE_PROPERTY + "=" + code);
      }
      if (!g.isValid()) {
        g = GeometryFixer.fix(g);
      }
      if (!box.contains(g.getEnvelopeInternal())) {
        if (boxGeometry == null) {
          boxGeometry = g.getFactory().toGeometry(box);
        }
        g = OverlayNGRobust.overlay(g, boxGeometry, OverlayNG.INTERSECTION);
      }
      if (!(g instanceof Polygonal) || g.isEmpty()) {
        throw new GeoDataException(source, -1, code + " has no area inside the box " + box);
      }
      out.add(new GeoJsonFeature(Map.of(CODE_PROPERTY, code), g));
    }
    return out;
  }
}
