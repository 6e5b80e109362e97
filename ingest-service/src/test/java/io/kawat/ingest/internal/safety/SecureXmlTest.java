package io.kawat.ingest.internal.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/** The reader on its own, as a second line behind {@link XmlProlog}: nothing declared in a DTD ever expands. */
class SecureXmlTest {

    private final SecureXml secureXml = new SecureXml();

    private String textOf(String xml) throws XMLStreamException {
        XMLStreamReader reader = secureXml.reader(xml);
        StringBuilder text = new StringBuilder();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.CHARACTERS) {
                text.append(reader.getText());
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                text.append('&').append(reader.getLocalName()).append(';');
            }
        }
        return text.toString();
    }

    @Test
    void shouldNotExpandEntitiesWhenDtdDeclaresThemInternally() throws XMLStreamException {
        assertThat(textOf("<!DOCTYPE r [<!ENTITY x \"EXPANDED\">]><r>&x;</r>")).isEqualTo("&x;");
    }

    @Test
    void shouldNotReadFilesWhenDtdDeclaresExternalEntity() throws XMLStreamException {
        assertThat(textOf("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><r>&x;</r>"))
                .isEqualTo("&x;");
    }

    @Test
    void shouldRefuseNestingWhenDeeperThanLimit() {
        String deep = "<a>".repeat(SecureXml.MAX_ELEMENT_DEPTH + 1);

        assertThatThrownBy(() -> textOf(deep))
                .isInstanceOf(XMLStreamException.class)
                .hasMessageContaining("maxElementDepth");
    }
}
