package org.sargas.formats.cot;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Cursor-on-Target event 2.0 as XML: {@code <event version="2.0" uid type how time start stale>}
 * with {@code <point lat lon hae ce le>} and {@code <detail>} holding {@code <contact callsign>},
 * {@code <track course speed>} and {@code <remarks>}. Times are ISO-8601 UTC with milliseconds,
 * numbers use a dot. Thread-safe (stateless).
 */
public final class CotXml {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private CotXml() {}

  /** The event as one XML document (with declaration, no trailing newline). */
  public static String write(CotEvent e) {
    StringBuilder b = new StringBuilder(512);
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
    b.append("<event version=\"2.0\"");
    attr(b, "uid", e.uid());
    attr(b, "type", e.type());
    attr(b, "how", e.how());
    attr(b, "time", time(e.time()));
    attr(b, "start", time(e.start()));
    attr(b, "stale", time(e.stale()));
    b.append("><point");
    attr(b, "lat", number(e.latDeg(), 7));
    attr(b, "lon", number(e.lonDeg(), 7));
    attr(b, "hae", orUnknown(e.haeM()));
    attr(b, "ce", orUnknown(e.ceM()));
    attr(b, "le", orUnknown(e.leM()));
    b.append("/><detail>");
    if (e.callsign() != null) {
      b.append("<contact");
      attr(b, "callsign", e.callsign());
      b.append("/>");
    }
    if (Double.isFinite(e.courseDeg()) && Double.isFinite(e.speedMps())) {
      b.append("<track");
      attr(b, "course", number(e.courseDeg(), 2));
      attr(b, "speed", number(e.speedMps(), 2));
      b.append("/>");
    }
    if (e.remarks() != null) {
      b.append("<remarks>");
      escape(b, e.remarks());
      b.append("</remarks>");
    }
    b.append("</detail></event>");
    return b.toString();
  }

  /** The event as UTF-8 bytes. */
  public static byte[] bytes(CotEvent e) {
    return write(e).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads an event written by {@link #write} (or any CoT 2.0 event with a point); unknown hae, ce
   * and le become NaN. DTDs and external entities are refused.
   *
   * @throws IllegalArgumentException naming the reason when the XML is not such an event
   */
  public static CotEvent parse(byte[] xml) {
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder db = f.newDocumentBuilder();
      db.setErrorHandler(null);
      doc = db.parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException | SAXException | IOException ex) {
      throw new IllegalArgumentException("not a CoT event: " + ex.getMessage(), ex);
    }
    Element ev = doc.getDocumentElement();
    if (!"event".equals(ev.getTagName())) {
      throw new IllegalArgumentException("not a CoT event: root element " + ev.getTagName());
    }
    Element point = first(ev, "point");
    if (point == null) {
      throw new IllegalArgumentException("CoT event " + ev.getAttribute("uid") + " has no point");
    }
    Element contact = first(ev, "contact");
    Element track = first(ev, "track");
    Element remarks = first(ev, "remarks");
    return new CotEvent(
        ev.getAttribute("uid"),
        ev.getAttribute("type"),
        ev.getAttribute("how"),
        Instant.parse(ev.getAttribute("time")),
        Instant.parse(ev.getAttribute("start")),
        Instant.parse(ev.getAttribute("stale")),
        Double.parseDouble(point.getAttribute("lat")),
        Double.parseDouble(point.getAttribute("lon")),
        known(point.getAttribute("hae")),
        known(point.getAttribute("ce")),
        known(point.getAttribute("le")),
        track == null ? Double.NaN : Double.parseDouble(track.getAttribute("course")),
        track == null ? Double.NaN : Double.parseDouble(track.getAttribute("speed")),
        contact == null ? null : contact.getAttribute("callsign"),
        remarks == null ? null : remarks.getTextContent());
  }

  private static Element first(Element parent, String tag) {
    NodeList l = parent.getElementsByTagName(tag);
    return l.getLength() == 0 ? null : (Element) l.item(0);
  }

  static double known(String v) {
    double d = Double.parseDouble(v);
    return d >= CotEvent.UNKNOWN ? Double.NaN : d;
  }

  static String time(Instant t) {
    return TIME.format(t);
  }

  private static String orUnknown(double v) {
    return Double.isFinite(v) ? number(v, 1) : "9999999.0";
  }

  private static String number(double v, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", v);
  }

  private static void attr(StringBuilder b, String name, String value) {
    b.append(' ').append(name).append("=\"");
    escape(b, value);
    b.append('"');
  }

  private static void escape(StringBuilder b, String s) {
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            b.append(c);
          }
        }
      }
    }
  }
}
