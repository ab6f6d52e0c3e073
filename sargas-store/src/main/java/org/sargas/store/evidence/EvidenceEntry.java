package org.sargas.store.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One entry of the evidence log: a canonical JSON object with at least {@code schema}, {@code
 * type}, {@code incidentId} (may be null) and {@code time}. The log hashes {@link #json()} exactly;
 * {@code type}, {@code incidentId} and {@code time} repeat what the JSON says. Build entries with
 * {@link EvidenceEntries}.
 *
 * @param type event type, e.g. {@code "violation.opened"}, {@code "alert.raised"}
 * @param incidentId the incident it belongs to, or null
 * @param time the event's time
 * @param json the canonical JSON bytes (not copied; do not modify)
 */
public record EvidenceEntry(String type, String incidentId, Instant time, byte[] json) {
  /** Value of the {@code schema} member of every entry this version writes. */
  public static final String SCHEMA = "sargas.evidence/1";

  public EvidenceEntry {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(json, "json");
  }

  /**
   * Reads type, incident id and time back from entry bytes.
   *
   * @throws IOException if the bytes are not a JSON object with those members
   */
  public static EvidenceEntry parse(byte[] json) throws IOException {
    JsonNode n = CanonicalJson.parse(json);
    JsonNode type = n.get("type");
    JsonNode time = n.get("time");
    JsonNode incident = n.get("incidentId");
    if (!n.isObject() || type == null || !type.isTextual() || time == null || !time.isTextual()) {
      throw new IOException("evidence entry lacks type or time");
    }
    try {
      return new EvidenceEntry(
          type.textValue(),
          incident == null || incident.isNull() ? null : incident.asText(),
          Instant.parse(time.textValue()),
          json);
    } catch (DateTimeParseException e) {
      throw new IOException("evidence entry time unreadable: " + time.textValue(), e);
    }
  }
}
