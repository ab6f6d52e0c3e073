package org.sargas.formats.sapient;

import com.google.protobuf.InvalidProtocolBufferException;
import java.time.Instant;
import org.sargas.formats.DecodeFailure;
import org.sargas.formats.DecodeListener;
import org.sargas.formats.ObservationDecoder;
import org.sargas.formats.SensorCalibration;
import org.sargas.formats.sapient.v2.SapientMessage;

/**
 * The SAPIENT (BSI Flex 335 v2.0) TCP stream of one node to observations of that node. Chunks may
 * split the stream anywhere: messages are reassembled from their 4-octet little-endian length
 * prefix ({@link SapientFrame}). Every message that parses and has content marks the node alive; a
 * DetectionReport becomes one observation ({@link SapientDetectionReader}, {@link
 * SapientObservationAdapter}); the other message types (Registration, StatusReport, Task, Alert,
 * acknowledgements, Error) give none.
 *
 * <p>A length over {@link SapientFrame#MAX_MESSAGE_OCTETS}, a message that does not parse or has no
 * content becomes a {@link DecodeFailure} at the offset of its length prefix; the stream has then
 * lost its framing (a length prefix carries no sync pattern), so the decoder drops what it holds
 * and the rest of the chunk, and reads the next chunk as starting with a length prefix. At most one
 * incomplete message (≤ 1 MiB + 4 octets) is held between chunks. A DetectionReport Sargas cannot
 * use (UTM, magnetic north, no units…) is a failure of that report only.
 *
 * <p>The node_id is not checked against the configuration: one decoder serves one connection of one
 * configured node, whose sensor id the observations carry. Not thread-safe: one per feed.
 */
public final class SapientObservationDecoder implements ObservationDecoder {
  private static final int INITIAL_BUFFER = 4096;
  private final SensorCalibration node;
  private final SapientObservationAdapter adapter;
  private byte[] buf = new byte[INITIAL_BUFFER];
  private int held;
  private int need;
  private long frameOffset;
  private int count;

  /**
   * @param node the node's sensor id and default errors (its configured calibration)
   */
  public SapientObservationDecoder(SensorCalibration node) {
    this.node = node;
    this.adapter = new SapientObservationAdapter(node);
  }

  /** Octets of an incomplete message held until the next chunk (at most 1 MiB + 4). */
  public int heldOctets() {
    return held;
  }

  @Override
  public int decode(
      byte[] bytes,
      int off,
      int len,
      Instant receiveTime,
      String source,
      long sourceOffset,
      DecodeListener listener) {
    count = 0;
    int p = off;
    int end = off + len;
    while (p < end) {
      if (held == 0) {
        frameOffset = sourceOffset + (p - off);
        if (end - p >= SapientFrame.PREFIX_OCTETS) {
          long n = SapientFrame.length(bytes, p);
          if (n > SapientFrame.MAX_MESSAGE_OCTETS) {
            resynchronise(
                "SAPIENT length prefix " + n + " exceeds the 1 MiB limit",
                end - p - SapientFrame.PREFIX_OCTETS,
                source,
                listener);
            return count;
          }
          if (end - p - SapientFrame.PREFIX_OCTETS >= n) {
            String bad =
                message(
                    bytes, p + SapientFrame.PREFIX_OCTETS, (int) n, receiveTime, source, listener);
            if (bad != null) {
              resynchronise(bad, end - p - SapientFrame.PREFIX_OCTETS - (int) n, source, listener);
              return count;
            }
            p += SapientFrame.PREFIX_OCTETS + (int) n;
            continue;
          }
        }
      }
      if (held < SapientFrame.PREFIX_OCTETS) {
        int take = Math.min(SapientFrame.PREFIX_OCTETS - held, end - p);
        System.arraycopy(bytes, p, buf, held, take);
        held += take;
        p += take;
        if (held < SapientFrame.PREFIX_OCTETS) {
          break;
        }
        long n = SapientFrame.length(buf, 0);
        if (n > SapientFrame.MAX_MESSAGE_OCTETS) {
          held = 0;
          resynchronise(
              "SAPIENT length prefix " + n + " exceeds the 1 MiB limit", end - p, source, listener);
          return count;
        }
        need = SapientFrame.PREFIX_OCTETS + (int) n;
        if (buf.length < need) {
          byte[] bigger =
              new byte
                  [Math.max(
                      need,
                      Math.min(
                          2 * buf.length,
                          SapientFrame.PREFIX_OCTETS + SapientFrame.MAX_MESSAGE_OCTETS))];
          System.arraycopy(buf, 0, bigger, 0, held);
          buf = bigger;
        }
      }
      int take = Math.min(need - held, end - p);
      System.arraycopy(bytes, p, buf, held, take);
      held += take;
      p += take;
      if (held == need) {
        held = 0;
        String bad =
            message(
                buf,
                SapientFrame.PREFIX_OCTETS,
                need - SapientFrame.PREFIX_OCTETS,
                receiveTime,
                source,
                listener);
        if (buf.length > 1 << 16) {
          buf = new byte[INITIAL_BUFFER];
        }
        if (bad != null) {
          resynchronise(bad, end - p, source, listener);
          return count;
        }
      }
    }
    return count;
  }

  /**
   * Decodes one message.
   *
   * @return null when it parsed, else why not (the framing is then suspect)
   */
  private String message(
      byte[] b, int off, int n, Instant receiveTime, String source, DecodeListener listener) {
    SapientMessage m;
    try {
      m = SapientMessage.parser().parseFrom(b, off, n);
    } catch (InvalidProtocolBufferException e) {
      return "SAPIENT message of " + n + " octets does not parse: " + e.getMessage();
    }
    if (m.getContentCase() == SapientMessage.ContentCase.CONTENT_NOT_SET) {
      return "SAPIENT message of " + n + " octets has no content (not a SapientMessage?)";
    }
    listener.sensorAlive(node.sensorId(), receiveTime);
    if (m.hasDetectionReport()) {
      DecodeFailure f =
          SapientDetectionReader.read(
              m,
              source,
              frameOffset,
              d -> listener.observation(adapter.toObservation(d, receiveTime)));
      if (f != null) {
        listener.failure(f);
      } else {
        count++;
      }
    }
    return null;
  }

  /** Reports a lost framing and forgets everything up to the next chunk. */
  private void resynchronise(
      String reason, int droppedAfter, String source, DecodeListener listener) {
    held = 0;
    listener.failure(
        new DecodeFailure(
            source,
            frameOffset,
            reason
                + "; resynchronising at the next chunk"
                + (droppedAfter > 0 ? ", " + droppedAfter + " octet(s) after it dropped" : "")));
  }
}
