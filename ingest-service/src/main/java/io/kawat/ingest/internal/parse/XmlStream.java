package io.kawat.ingest.internal.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.nodes.Entities;

/**
 * Walks a hardened {@link XMLStreamReader} element by element and reads chosen elements into {@link XmlNode} trees,
 * so a parser streams over a large document and only holds one item at a time. Tracks the element path and the
 * inherited xml:lang. Entity references are never expanded by the XML parser: HTML named entities
 * ({@code &nbsp;}, {@code &eacute;}, which RSS 0.91 and NITF files use without declaring them) are resolved from
 * jsoup's table, anything else is kept as literal text.
 */
final class XmlStream {

    private final XMLStreamReader reader;
    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<String> langs = new ArrayDeque<>();

    XmlStream(XMLStreamReader reader) {
        this.reader = reader;
    }

    /** Advances to the next start element at any depth; false at the end of the document. */
    boolean nextStart() throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                push();
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                pop();
            }
        }
        return false;
    }

    String localName() {
        return reader.getLocalName();
    }

    String namespace() {
        String ns = reader.getNamespaceURI();
        return ns == null ? "" : ns;
    }

    /** Local name of the current element's parent, or "" at the root. */
    String parentName() {
        if (path.size() < 2) {
            return "";
        }
        var it = path.iterator();
        it.next();
        return it.next();
    }

    /** Number of open elements including the current one (the root is 1). */
    int depth() {
        return path.size();
    }

    String attr(String local) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals(local)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The effective xml:lang of the current element. */
    String lang() {
        return Texts.clean(langs.peek());
    }

    Location location() {
        return reader.getLocation();
    }

    /** Reads the current start element and everything below it; afterwards the stream is at its end tag. */
    XmlNode readNode() throws XMLStreamException {
        XmlNode root = startNode();
        Deque<XmlNode> open = new ArrayDeque<>();
        open.push(root);
        while (!open.isEmpty()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    push();
                    XmlNode child = startNode();
                    open.peek().addChild(child);
                    open.push(child);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    open.pop();
                    pop();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    open.peek().addText(reader.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> open.peek().addText(entity(reader.getLocalName()));
                default -> {
                    // comments and processing instructions carry no content
                }
            }
        }
        return root;
    }

    /** Text content of the current element (reads it whole). */
    String readText() throws XMLStreamException {
        return readNode().text();
    }

    private XmlNode startNode() {
        XmlNode node = new XmlNode(namespace(), reader.getLocalName(), Texts.clean(langs.peek()));
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            node.addAttr(reader.getAttributeNamespace(i), reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        return node;
    }

    private void push() {
        path.push(reader.getLocalName());
        String lang = reader.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        String inherited = langs.peek();
        langs.push(lang != null && !lang.isBlank() ? lang.trim() : inherited == null ? "" : inherited);
    }

    private void pop() {
        path.pop();
        langs.pop();
    }

    private static String entity(String name) {
        String resolved = Entities.getByName(name);
        return resolved == null || resolved.isEmpty() ? "&" + name + ";" : resolved;
    }
}
