package org.sargas.formats.sapient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.TextFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sargas.formats.SensorCalibration;
import org.sargas.formats.sapient.v2.DetectionReport;
import org.sargas.formats.sapient.v2.LocationCoordinateSystem;
import org.sargas.formats.sapient.v2.LocationDatum;
import org.sargas.formats.sapient.v2.SapientMessage;
import org.sargas.model.observation.GeodeticMeasurement;

/**
 * Our BSI Flex 335 v2.0 definitions against independent encodings in ../shared/reference-data (or
 * $SARGAS_REFERENCE_DATA); skips, saying so, when it is absent:
 *
 * <ul>
 *   <li>{@code sapient/detectionreport-v2.example.bin}: a DetectionReport encoded by protoc 3.21
 *       from the published .proto; {@code .textproto} is its text form, {@code .framed-le32.bin}
 *       the same bytes behind the 4-octet little-endian TCP length prefix;
 *   <li>{@code sapient/bsi-flex-335-v2-samples/*.json}: Dstl's test-harness samples of every
 *       message type in protobuf JSON, checked for schema shape only (every key a field of ours,
 *       every enum value one of ours); the DetectionReport sample mixes JSON and proto field names,
 *       both of which protobuf JSON accepts.
 * </ul>
 */
class SapientReferenceConformanceTest {
  private static final String DIR = "sapient/";

  static Path ref(String rel) {
    String base =
        System.getProperty("sargas.referenceData", System.getenv("SARGAS_REFERENCE_DATA"));
    Path p = base == null ? null : Path.of(base, rel);
    assumeTrue(
        p != null && Files.exists(p),
        "reference data absent (" + rel + "); skipping SAPIENT conformance");
    return p;
  }

  @Test
  void protocEncodedDetectionReportParsesToItsTextFormAndReserialisesByteForByte()
      throws IOException {
    byte[] wire = Files.readAllBytes(ref(DIR + "detectionreport-v2.example.bin"));
    String text =
        Files.readString(ref(DIR + "detectionreport-v2.example.textproto"), StandardCharsets.UTF_8);
    SapientMessage parsed = SapientMessage.parseFrom(wire);
    SapientMessage.Builder expected = SapientMessage.newBuilder();
    TextFormat.merge(text, expected);
    assertThat(parsed).isEqualTo(expected.build());
    assertThat(parsed.getUnknownFields().asMap())
        .as("every field known to our definitions")
        .isEmpty();
    assertThat(parsed.toByteArray()).as("re-serialised").isEqualTo(wire);

    // Field by field, as the textproto states them.
    assertThat(parsed.getTimestamp().getSeconds()).isEqualTo(1761200000L);
    assertThat(parsed.getNodeId()).isEqualTo("a8654cdf-4328-47de-81fa-c495589e30c9");
    DetectionReport r = parsed.getDetectionReport();
    assertThat(r.getReportId()).isEqualTo("01GGYFBAXGDG7AGAHRZ6XSNY12");
    assertThat(r.getObjectId()).isEqualTo("01GGYFBAXH4VYRQYEX7S3XGK3H");
    assertThat(r.getLocationOneofCase()).isEqualTo(DetectionReport.LocationOneofCase.LOCATION);
    assertThat(r.getLocation().getX()).isEqualTo(22.745);
    assertThat(r.getLocation().getY()).isEqualTo(54.645);
    assertThat(r.getLocation().getZ()).isEqualTo(300.0);
    assertThat(r.getLocation().hasXError()).isFalse();
    assertThat(r.getLocation().getCoordinateSystem())
        .isEqualTo(LocationCoordinateSystem.LOCATION_COORDINATE_SYSTEM_LAT_LNG_DEG_M);
    assertThat(r.getLocation().getDatum()).isEqualTo(LocationDatum.LOCATION_DATUM_WGS84_E);
    assertThat(r.getDetectionConfidence()).isEqualTo(0.9f);
    assertThat(r.getClassificationList())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getType()).isEqualTo("UAV");
              assertThat(c.getConfidence()).isEqualTo(0.8f);
            });
    assertThat(TextFormat.printer().printToString(parsed))
        .as("our text form re-reads equal")
        .satisfies(t -> assertThat(TextFormat.parse(t, SapientMessage.class)).isEqualTo(parsed));
  }

  @Test
  void framedDetectionReportDecodesToAGeodeticObservationInAnySplit() throws IOException {
    byte[] wire = Files.readAllBytes(ref(DIR + "detectionreport-v2.example.bin"));
    byte[] framed = Files.readAllBytes(ref(DIR + "detectionreport-v2.example.framed-le32.bin"));
    assertThat(SapientFrame.length(framed, 0)).isEqualTo(wire.length).isEqualTo(154);
    assertThat(Arrays.copyOfRange(framed, 4, framed.length)).isEqualTo(wire);
    assertThat(SapientFrame.frame(SapientMessage.parseFrom(wire)))
        .as("our framing")
        .isEqualTo(framed);

    SensorCalibration node = new SensorCalibration("cuas-1", -1, -1, null, 50, 0.02, 35, 45);
    Instant rx = Instant.parse("2025-10-23T06:13:21Z");
    for (int chunk : new int[] {framed.length, 1, 3, 5, 150}) {
      SapientObservationDecoder d = new SapientObservationDecoder(node);
      Collected c = new Collected();
      for (int k = 0; k < framed.length; k += chunk) {
        d.decode(framed, k, Math.min(chunk, framed.length - k), rx, "ref", k, c);
      }
      assertThat(c.failures).as("chunk %d", chunk).isEmpty();
      assertThat(c.alive).containsExactly("cuas-1");
      assertThat(c.observations)
          .singleElement()
          .satisfies(
              o -> {
                assertThat(o.sensorId()).isEqualTo("cuas-1");
                assertThat(o.time())
                    .as("timestamp 1761200000 s")
                    .isEqualTo(Instant.parse("2025-10-23T06:13:20Z"));
                GeodeticMeasurement m = (GeodeticMeasurement) o.measurement();
                assertThat(m.position().latDeg()).as("y").isEqualTo(54.645);
                assertThat(m.position().lonDeg()).as("x").isEqualTo(22.745);
                assertThat(o.altitudeM()).as("z above the WGS84 ellipsoid").isEqualTo(300.0);
                assertThat(m.sigmaHorizontalM())
                    .as("no errors reported: the calibration")
                    .isEqualTo(35);
                assertThat(m.sigmaVerticalM()).isEqualTo(45);
              });
    }
  }

  @Test
  void dstlJsonSamplesOfEveryMessageTypeFitOurSchema() throws IOException {
    Path dir = ref(DIR + "bsi-flex-335-v2-samples");
    List<Path> samples;
    try (Stream<Path> s = Files.list(dir)) {
      samples = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(samples).hasSizeGreaterThanOrEqualTo(9);
    ObjectMapper json = new ObjectMapper();
    List<String> contents = new ArrayList<>();
    for (Path p : samples) {
      JsonNode root = json.readTree(p.toFile());
      List<String> misfits = new ArrayList<>();
      walk(root, SapientMessage.getDescriptor(), p.getFileName().toString(), misfits);
      assertThat(misfits).as(p.getFileName().toString()).isEmpty();
      Iterator<String> keys = root.fieldNames();
      while (keys.hasNext()) {
        String k = keys.next();
        FieldDescriptor f = field(SapientMessage.getDescriptor(), k);
        if (f.getContainingOneof() != null) {
          contents.add(f.getName());
        }
      }
    }
    assertThat(contents)
        .as("the samples cover these message types")
        .contains(
            "registration",
            "registration_ack",
            "status_report",
            "detection_report",
            "task",
            "task_ack",
            "alert",
            "alert_ack");
  }

  private static FieldDescriptor field(Descriptor type, String key) {
    FieldDescriptor f = type.findFieldByName(key);
    if (f != null) {
      return f;
    }
    for (FieldDescriptor g : type.getFields()) {
      if (g.getJsonName().equals(key)) {
        return g;
      }
    }
    return null;
  }

  private static void walk(JsonNode node, Descriptor type, String path, List<String> misfits) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String at = path + "." + e.getKey();
      FieldDescriptor f = field(type, e.getKey());
      if (f == null) {
        misfits.add(at + ": no such field in " + type.getFullName());
        continue;
      }
      List<JsonNode> values = new ArrayList<>();
      if (f.isRepeated()) {
        if (!e.getValue().isArray()) {
          misfits.add(at + ": repeated field given no array");
          continue;
        }
        e.getValue().forEach(values::add);
      } else {
        values.add(e.getValue());
      }
      for (JsonNode v : values) {
        switch (f.getJavaType()) {
          case MESSAGE -> {
            if (f.getMessageType().getFullName().equals("google.protobuf.Timestamp")) {
              if (!v.isTextual()) {
                misfits.add(at + ": timestamp not an RFC 3339 string");
              }
            } else if (!v.isObject()) {
              misfits.add(at + ": message field given no object");
            } else {
              walk(v, f.getMessageType(), at, misfits);
            }
          }
          case ENUM -> {
            if (v.isTextual()
                ? f.getEnumType().findValueByName(v.asText()) == null
                : !v.isInt() || f.getEnumType().findValueByNumber(v.asInt()) == null) {
              misfits.add(at + ": " + v + " is no value of " + f.getEnumType().getFullName());
            }
          }
          case STRING, BYTE_STRING -> {
            if (!v.isTextual()) {
              misfits.add(at + ": string field given " + v.getNodeType());
            }
          }
          case BOOLEAN -> {
            if (!v.isBoolean()) {
              misfits.add(at + ": bool field given " + v.getNodeType());
            }
          }
          default -> {
            if (!v.isNumber() && !v.isTextual()) {
              misfits.add(at + ": number field given " + v.getNodeType());
            }
          }
        }
      }
    }
  }
}
