package org.sargas.formats.cot;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import org.sargas.formats.cot.tak.Contact;
import org.sargas.formats.cot.tak.Detail;
import org.sargas.formats.cot.tak.TakMessage;

/**
 * TAK Protocol version 1: a {@link CotEvent} as a {@code TakMessage} protobuf, framed for the mesh
 * (UDP: the header {@code 0xBF 0x01 0xBF}, then the message) or for a stream (TCP/TLS to a TAK
 * Server after negotiation: {@code 0xBF}, the message length as a protobuf varint, then the
 * message). {@code <contact>} and {@code <track>} travel as their own messages, {@code <remarks>}
 * in {@code xmlDetail}; unknown hae, ce and le are 9999999. Thread-safe (stateless).
 */
public final class TakProtocol {
  /** First and third octet of a mesh header, and the first octet of a stream frame. */
  public static final int MAGIC = 0xBF;

  /** The protocol version this class writes and reads. */
  public static final int VERSION = 1;

  private TakProtocol() {}

  /** The event as a TakMessage. */
  public static TakMessage message(CotEvent e) {
    Detail.Builder detail = Detail.newBuilder();
    if (e.callsign() != null) {
      detail.setContact(Contact.newBuilder().setCallsign(e.callsign()));
    }
    if (Double.isFinite(e.courseDeg()) && Double.isFinite(e.speedMps())) {
      detail.setTrack(
          org.sargas.formats.cot.tak.Track.newBuilder()
              .setCourse(e.courseDeg())
              .setSpeed(e.speedMps()));
    }
    if (e.remarks() != null) {
      StringBuilder x = new StringBuilder("<remarks>");
      x.append(e.remarks().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
      detail.setXmlDetail(x.append("</remarks>").toString());
    }
    return TakMessage.newBuilder()
        .setCotEvent(
            org.sargas.formats.cot.tak.CotEvent.newBuilder()
                .setType(e.type())
                .setUid(e.uid())
                .setHow(e.how())
                .setSendTime(e.time().toEpochMilli())
                .setStartTime(e.start().toEpochMilli())
                .setStaleTime(e.stale().toEpochMilli())
                .setLat(e.latDeg())
                .setLon(e.lonDeg())
                .setHae(orUnknown(e.haeM()))
                .setCe(orUnknown(e.ceM()))
                .setLe(orUnknown(e.leM()))
                .setDetail(detail))
        .build();
  }

  /** The event as one mesh (UDP) datagram: {@code BF 01 BF} + TakMessage. */
  public static byte[] meshDatagram(CotEvent e) {
    byte[] body = message(e).toByteArray();
    byte[] out = new byte[3 + body.length];
    out[0] = (byte) MAGIC;
    out[1] = (byte) VERSION;
    out[2] = (byte) MAGIC;
    System.arraycopy(body, 0, out, 3, body.length);
    return out;
  }

  /** The event as one stream frame: {@code BF} + varint length + TakMessage. */
  public static byte[] streamFrame(CotEvent e) {
    byte[] body = message(e).toByteArray();
    int varint = CodedOutputStream.computeUInt32SizeNoTag(body.length);
    byte[] out = new byte[1 + varint + body.length];
    out[0] = (byte) MAGIC;
    try {
      CodedOutputStream c = CodedOutputStream.newInstance(out, 1, varint);
      c.writeUInt32NoTag(body.length);
      c.flush();
    } catch (IOException ex) {
      throw new IllegalStateException(ex);
    }
    System.arraycopy(body, 0, out, 1 + varint, body.length);
    return out;
  }

  /**
   * Reads a mesh datagram.
   *
   * @throws IllegalArgumentException naming the offset and reason when it is not a version-1 TAK
   *     message
   */
  public static CotEvent readMesh(byte[] datagram) {
    if (datagram.length < 3
        || (datagram[0] & 0xff) != MAGIC
        || (datagram[2] & 0xff) != MAGIC
        || datagram[1] != VERSION) {
      throw new IllegalArgumentException("offset 0: not a TAK protocol v1 mesh header");
    }
    try {
      return event(TakMessage.parseFrom(Arrays.copyOfRange(datagram, 3, datagram.length)));
    } catch (InvalidProtocolBufferException ex) {
      throw new IllegalArgumentException("offset 3: malformed TakMessage: " + ex.getMessage(), ex);
    }
  }

  /**
   * Reads the next stream frame.
   *
   * @return the event, or null at the end of the stream
   * @throws IOException on a read error, a frame not starting with {@code 0xBF}, or a truncated one
   */
  public static CotEvent readStream(InputStream in) throws IOException {
    int magic = in.read();
    if (magic < 0) {
      return null;
    }
    if (magic != MAGIC) {
      throw new IOException("TAK stream frame starts with 0x" + Integer.toHexString(magic));
    }
    int first = in.read();
    if (first < 0) {
      throw new EOFException("TAK stream frame truncated in its length");
    }
    int length = CodedInputStream.readRawVarint32(first, in);
    byte[] body = in.readNBytes(length);
    if (body.length != length) {
      throw new EOFException("TAK stream frame truncated: " + body.length + " of " + length);
    }
    return event(TakMessage.parseFrom(body));
  }

  /** The event carried by a TakMessage. */
  public static CotEvent event(TakMessage m) {
    org.sargas.formats.cot.tak.CotEvent c = m.getCotEvent();
    Detail d = c.getDetail();
    String xml = d.getXmlDetail();
    int from = xml.indexOf("<remarks>");
    int to = xml.indexOf("</remarks>");
    String remarks =
        from >= 0 && to > from
            ? xml.substring(from + 9, to)
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
            : null;
    return new CotEvent(
        c.getUid(),
        c.getType(),
        c.getHow(),
        Instant.ofEpochMilli(c.getSendTime()),
        Instant.ofEpochMilli(c.getStartTime()),
        Instant.ofEpochMilli(c.getStaleTime()),
        c.getLat(),
        c.getLon(),
        known(c.getHae()),
        known(c.getCe()),
        known(c.getLe()),
        d.hasTrack() ? d.getTrack().getCourse() : Double.NaN,
        d.hasTrack() ? d.getTrack().getSpeed() : Double.NaN,
        d.hasContact() ? d.getContact().getCallsign() : null,
        remarks);
  }

  private static double orUnknown(double v) {
    return Double.isFinite(v) ? v : CotEvent.UNKNOWN;
  }

  private static double known(double v) {
    return v >= CotEvent.UNKNOWN ? Double.NaN : v;
  }
}
