package org.sargas.formats.sapient;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.sargas.formats.sapient.v2.Registration;
import org.sargas.formats.sapient.v2.SapientMessage;

/**
 * The few facts a simulated SAPIENT node registers with (BSI Flex 335 v2.0 Registration): what it
 * is, what its detection reports carry, its heartbeat period and who made it. {@link
 * SapientEncoder#registration} fills the standard's other mandatory fields with fixed values (one
 * permanent default mode, an area-of-interest task region).
 *
 * @param nodeId the node's UUID
 * @param time when the message is sent
 * @param nodeType what kind of node
 * @param reportForm whether its DetectionReports carry a location or a direction
 * @param name system name
 * @param shortName short name for displays, null when none
 * @param manufacturer configuration data: manufacturer
 * @param model configuration data: model
 * @param statusIntervalS heartbeat period, seconds (a 32-bit float on the wire, held rounded)
 * @param maxRangeM detection range, metres, registered as a capability; NaN when not stated
 */
public record SapientRegistration(
    UUID nodeId,
    Instant time,
    SapientNodeType nodeType,
    ReportForm reportForm,
    String name,
    String shortName,
    String manufacturer,
    String model,
    double statusIntervalS,
    double maxRangeM) {

  /** The position form of a node's DetectionReports. */
  public enum ReportForm {
    /** A WGS84 latitude/longitude/altitude in degrees and metres. */
    LOCATION,
    /** Azimuth (and range, elevation) from the node in degrees and metres, true north. */
    RANGE_BEARING
  }

  public SapientRegistration {
    Objects.requireNonNull(nodeId, "nodeId");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(nodeType, "nodeType");
    Objects.requireNonNull(reportForm, "reportForm");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(manufacturer, "manufacturer");
    Objects.requireNonNull(model, "model");
    if (!(statusIntervalS > 0)) {
      throw new IllegalArgumentException("status interval must be positive: " + statusIntervalS);
    }
    statusIntervalS = (float) statusIntervalS;
  }

  /**
   * The registration a message carries, as {@link SapientEncoder#registration} writes it.
   *
   * @return null when the message carries no Registration or one this record cannot hold (a node
   *     type outside {@link SapientNodeType}, no detection definition, a node id that is no UUID)
   */
  public static SapientRegistration of(SapientMessage message) {
    if (!message.hasRegistration()) {
      return null;
    }
    Registration r = message.getRegistration();
    if (r.getNodeDefinitionCount() == 0
        || r.getModeDefinitionCount() == 0
        || r.getModeDefinition(0).getDetectionDefinitionCount() == 0
        || r.getConfigDataCount() == 0) {
      return null;
    }
    SapientNodeType type = SapientNodeType.of(r.getNodeDefinition(0).getNodeType());
    UUID id;
    try {
      id = UUID.fromString(message.getNodeId());
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (type == null || !message.hasTimestamp()) {
      return null;
    }
    Registration.LocationType form =
        r.getModeDefinition(0).getDetectionDefinition(0).getLocationType();
    double maxRange = Double.NaN;
    for (Registration.Capability c : r.getCapabilitiesList()) {
      if (SapientEncoder.CAPABILITY_MAX_RANGE.equals(c.getType()) && "m".equals(c.getUnits())) {
        try {
          maxRange = Double.parseDouble(c.getValue());
        } catch (NumberFormatException e) {
          maxRange = Double.NaN;
        }
      }
    }
    Registration.Duration interval = r.getStatusDefinition().getStatusInterval();
    if (interval.getUnits() != Registration.TimeUnits.TIME_UNITS_SECONDS
        || !(interval.getValue() > 0)) {
      return null;
    }
    return new SapientRegistration(
        id,
        Instant.ofEpochSecond(
            message.getTimestamp().getSeconds(), message.getTimestamp().getNanos()),
        type,
        form.hasRangeBearingUnits() ? ReportForm.RANGE_BEARING : ReportForm.LOCATION,
        r.getName(),
        r.hasShortName() ? r.getShortName() : null,
        r.getConfigData(0).getManufacturer(),
        r.getConfigData(0).getModel(),
        interval.getValue(),
        maxRange);
  }
}
