package io.kawat.ingest.internal.parse;

import javax.xml.stream.XMLStreamException;

/** A parser for one XML wire format: streams over the document and hands each item to the collector. */
interface XmlFormat {

    /** Reads the document; an {@link XMLStreamException} means it breaks at the reader's position. */
    void read(XmlStream stream, ItemCollector items) throws XMLStreamException;
}
