package org.sargas.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sargas.model.geo.GeoPoint;
import org.sargas.model.track.Track;
import org.sargas.server.live.SensorTasking;

/**
 * {@code POST /api/sensors/{id}/task}: tasks a SAPIENT node connected to this node (docs/api.md,
 * docs/sharing.md). Body {@code {"kind":"look-at","area":[[lat,lon],…]}} (at least 3 vertices) or
 * {@code {"kind":"follow","trackId":"T…"}}. Answers 202 with {@code {"sensorId","taskId","kind"}}
 * when the task was written to the node, 404 for an unknown sensor or track, 409 when the node is
 * not connected, 400 for a malformed body. A task sent is recorded in the audit and evidence logs
 * (action {@code SENSOR_TASKED}) with the token's subject as the actor.
 */
final class SensorTaskRoute {
  private final NodeView node;
  private final ObjectMapper json = new ObjectMapper();

  SensorTaskRoute(NodeView node) {
    this.node = node;
  }

  void handle(Context ctx) throws JsonProcessingException {
    String sensorId = ctx.pathParam("id");
    JsonNode body;
    try {
      body = json.readTree(ctx.body().isBlank() ? "{}" : ctx.body());
    } catch (JsonProcessingException e) {
      throw new ApiServer.BadRequest("body is not JSON: " + e.getOriginalMessage());
    }
    String kind = body.path("kind").asText("");
    SensorTasking.Result r;
    switch (kind) {
      case "look-at" -> r = node.tasking().lookAt(sensorId, area(body.path("area")));
      case "follow" -> {
        String trackId = body.path("trackId").asText("");
        Track t = trackId.isEmpty() ? null : node.picture().track(trackId);
        if (t == null) {
          error(ctx, 404, "no track " + trackId);
          return;
        }
        r = node.tasking().follow(sensorId, trackId, t.position());
      }
      default -> throw new ApiServer.BadRequest("kind must be look-at or follow");
    }
    switch (r.outcome()) {
      case UNKNOWN_SENSOR -> error(ctx, 404, "sensor " + sensorId + " takes no tasks here");
      case NOT_CONNECTED -> error(ctx, 409, "sensor " + sensorId + " is not connected");
      case SENT -> {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sensorId", sensorId);
        out.put("taskId", r.taskId());
        out.put("kind", kind);
        audit(ctx, sensorId, body, r.taskId());
        ctx.status(202).contentType("application/json").result(json.writeValueAsString(out));
      }
    }
  }

  /** The task in the audit and evidence logs, with the caller as actor. */
  private void audit(Context ctx, String sensorId, JsonNode body, Object taskId) {
    try {
      node.recorder()
          .operatorAction(
              new org.sargas.store.incident.OperatorAction(
                  node.clock().instant(),
                  RequestGuard.caller(ctx).subject(),
                  "SENSOR_TASKED",
                  sensorId,
                  "task " + taskId + ": " + json.writeValueAsString(body)),
              null);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("task sent but not audited: " + e.getMessage(), e);
    }
  }

  private static List<GeoPoint> area(JsonNode a) {
    if (!a.isArray() || a.size() < 3) {
      throw new ApiServer.BadRequest("area needs at least 3 [lat, lon] vertices");
    }
    List<GeoPoint> out = new ArrayList<>();
    for (JsonNode v : a) {
      if (!v.isArray() || v.size() != 2 || !v.get(0).isNumber() || !v.get(1).isNumber()) {
        throw new ApiServer.BadRequest("area vertex must be [lat, lon]: " + v);
      }
      double lat = v.get(0).asDouble();
      if (lat < -90 || lat > 90) {
        throw new ApiServer.BadRequest("area latitude out of [-90, 90]: " + lat);
      }
      out.add(GeoPoint.of(lat, v.get(1).asDouble()));
    }
    return out;
  }

  private void error(Context ctx, int status, String message) throws JsonProcessingException {
    ctx.status(status)
        .contentType("application/json")
        .result(json.writeValueAsString(Map.of("error", message)));
  }
}
