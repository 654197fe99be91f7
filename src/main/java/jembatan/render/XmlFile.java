package jembatan.render;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML file as the sitemap and the feeds write it: a UTF-8 declaration, then the root element
 * its writer gives, one child a line, indented; the bytes are UTF-8. StAX writes it, so every
 * text and attribute is escaped by the library and never by hand.
 */
final class XmlFile {
    /** Found once: looking the factory up runs the service loader. */
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** Writes a file's root element, and everything in it. */
    interface Root {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private XmlFile() {
    }

    static byte[] of(Root root) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            root.write(xml);
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code <name>text</name>} on a line of its own, after {@code indent}. */
    static void element(XMLStreamWriter xml, String name, String text, String indent) throws XMLStreamException {
        xml.writeCharacters("\n" + indent);
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
