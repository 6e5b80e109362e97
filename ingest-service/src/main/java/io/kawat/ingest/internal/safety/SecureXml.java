package io.kawat.ingest.internal.safety;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Hardened StAX readers: the only way Kawat's parsers read XML.
 *
 * <p>DTDs are never processed (a DTD is neither loaded nor applied), external entities are off, entity references
 * are reported rather than replaced (so nothing can expand), any attempt to resolve an external resource fails, and
 * the JDK limits on element depth and attribute count are set. Declarations that could expand are refused earlier
 * by {@link XmlProlog}, so a hostile DOCTYPE never reaches the parser. Uses the JDK's own StAX implementation on
 * purpose: the {@code jdk.xml.*} limits below are only honoured there.
 */
public final class SecureXml {

    /** Deepest element nesting accepted; wire formats nest about 15 levels, XHTML bodies a few more. */
    public static final int MAX_ELEMENT_DEPTH = 256;

    private static final int MAX_ATTRIBUTES_PER_ELEMENT = 512;

    /** A reader over already-decoded text (the charset was chosen by {@link CharsetSniffer}). */
    public XMLStreamReader reader(String text) throws XMLStreamException {
        return factory().createXMLStreamReader(new StringReader(text));
    }

    /** A new factory per document: StAX factories are not promised to be thread-safe, and building one is cheap. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty("jdk.xml.maxElementDepth", MAX_ELEMENT_DEPTH);
        factory.setProperty("jdk.xml.elementAttributeLimit", MAX_ATTRIBUTES_PER_ELEMENT);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }
}
