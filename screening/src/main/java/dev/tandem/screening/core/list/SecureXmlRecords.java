package dev.tandem.screening.core.list;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an XML document with the JDK's StAX parser configured for untrusted input, and hands each record
 * element (e.g. {@code INDIVIDUAL}, {@code ENTITY}) to a handler as a small {@link XmlNode} tree.
 *
 * <p>Refuses any {@code <!DOCTYPE>}: list publishers never use one, and refusing it closes the door on
 * external entities (XXE), external DTD fetches and entity-expansion bombs ("billion laughs") before any
 * entity is expanded. External entity support and external DTD access are also switched off, so nothing is
 * fetched even if the refusal were bypassed. Leaves namespaces, attributes other than the root's, comments
 * and processing instructions alone (ignored).
 */
final class SecureXmlRecords {

    /** Receives one record; may refuse it. */
    interface RecordHandler {
        void accept(XmlNode record) throws ListFormatException;
    }

    private final Path file;
    private final String rootName;
    private final Set<String> recordNames;

    SecureXmlRecords(Path file, String rootName, Set<String> recordNames) {
        this.file = file;
        this.rootName = rootName;
        this.recordNames = Set.copyOf(recordNames);
    }

    /** Reads the whole document; returns the root element's attributes (local name → value). */
    Map<String, String> read(byte[] bytes, RecordHandler handler) throws ListFormatException {
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            Map<String, String> rootAttributes = null;
            while (reader.hasNext()) {
                int event = reader.next();
                refuseDtd(reader, event);
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                if (rootAttributes == null) {
                    rootAttributes = root(reader);
                } else if (recordNames.contains(reader.getLocalName())) {
                    handler.accept(record(reader));
                }
            }
            if (rootAttributes == null) throw ListFormatException.inFile(file, "no root element");
            return rootAttributes;
        } catch (XMLStreamException e) {
            throw malformed(e);
        } finally {
            close(reader);
        }
    }

    private Map<String, String> root(XMLStreamReader reader) throws ListFormatException {
        if (!rootName.equals(reader.getLocalName())) {
            Location at = reader.getLocation();
            throw new ListFormatException(file, at.getLineNumber(), at.getColumnNumber(), null,
                    "root element is <" + reader.getLocalName() + ">, expected <" + rootName + ">", null);
        }
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        return attributes;
    }

    private XmlNode record(XMLStreamReader reader) throws XMLStreamException, ListFormatException {
        XmlNode record = new XmlNode(reader.getLocalName(), reader.getLocation().getLineNumber());
        Deque<XmlNode> open = new ArrayDeque<>();
        open.push(record);
        while (!open.isEmpty()) {
            int event = reader.next();
            refuseDtd(reader, event);
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    XmlNode child = new XmlNode(reader.getLocalName(), reader.getLocation().getLineNumber());
                    open.peek().addChild(child);
                    open.push(child);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        open.peek().appendText(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                default -> { }
            }
        }
        return record;
    }

    private void refuseDtd(XMLStreamReader reader, int event) throws ListFormatException {
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            Location at = reader.getLocation();
            throw new ListFormatException(file, at.getLineNumber(), at.getColumnNumber(), null,
                    "DOCTYPE declarations and entity references are not allowed in a list file"
                            + " (refused as a possible XXE or entity-expansion attack)", null);
        }
    }

    private ListFormatException malformed(XMLStreamException e) {
        Location at = e.getLocation();
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Message: ");
        String reason = "malformed XML: " + (start >= 0 ? message.substring(start + 9) : message).strip();
        if (at == null) return new ListFormatException(file, 0, 0, null, reason, e);
        return new ListFormatException(file, at.getLineNumber(), at.getColumnNumber(), null, reason, e);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) return;
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // nothing to release beyond the in-memory stream
        }
    }
}
