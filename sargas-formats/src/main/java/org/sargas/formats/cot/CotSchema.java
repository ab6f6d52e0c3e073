package org.sargas.formats.cot;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * The Cursor-on-Target base event schema (event 2.0: {@code <event>}, {@code <point>}, an open
 * {@code <detail>}), written from the public CoT {@code Event.xsd} ({@code
 * org/sargas/formats/cot/event.xsd}), with {@link javax.xml.validation}. Thread-safe (a validator
 * per call).
 */
public final class CotSchema {
  private static final Schema SCHEMA = load();

  private CotSchema() {}

  private static Schema load() {
    URL xsd = CotSchema.class.getResource("event.xsd");
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      return f.newSchema(xsd);
    } catch (SAXException e) {
      throw new IllegalStateException("CoT event schema unreadable: " + e.getMessage(), e);
    }
  }

  /**
   * Validates one XML event.
   *
   * @throws IllegalArgumentException naming the line, column and reason when it is not valid
   */
  public static void validate(byte[] xml) {
    Validator v = SCHEMA.newValidator();
    try {
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (org.xml.sax.SAXParseException e) {
      throw new IllegalArgumentException(
          "CoT event invalid at line "
              + e.getLineNumber()
              + " column "
              + e.getColumnNumber()
              + ": "
              + e.getMessage(),
          e);
    } catch (SAXException | IOException e) {
      throw new IllegalArgumentException("CoT event invalid: " + e.getMessage(), e);
    }
  }
}
