package io.kawat.ingest.internal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlPrologTest {

    @Test
    void shouldFindRootAfterDeclarationCommentsAndProcessingInstructions() {
        XmlProlog prolog = XmlProlog.scan("<?xml version=\"1.0\"?>\n<!-- a <comment> -->\n<?xml-stylesheet href='x'?>"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>");

        assertThat(prolog.rootName()).isEqualTo("rdf:RDF");
        assertThat(prolog.rootLocalName()).isEqualTo("RDF");
        assertThat(prolog.doctype()).isEqualTo(XmlProlog.Doctype.NONE);
    }

    @Test
    void shouldTolerateDoctypeWhenItOnlyNamesExternalDtdOrModules() {
        XmlProlog plain = XmlProlog.scan("<!DOCTYPE nitf SYSTEM \"../dtd/nitf-3-2.dtd\"><nitf/>");
        XmlProlog modules = XmlProlog.scan("<!DOCTYPE NewsML PUBLIC \"urn:x\" \"x.dtd\" [\n <!ENTITY % nitf SYSTEM "
                + "\"nitf.dtd\">\n %nitf;\n]>\n<NewsML/>");

        assertThat(plain.doctype()).isEqualTo(XmlProlog.Doctype.TOLERATED);
        assertThat(plain.rootName()).isEqualTo("nitf");
        assertThat(modules.doctype()).isEqualTo(XmlProlog.Doctype.TOLERATED);
        assertThat(modules.rootName()).isEqualTo("NewsML");
        String original =
                "<!DOCTYPE NewsML PUBLIC \"urn:x\" \"x.dtd\" [\n <!ENTITY % nitf SYSTEM \"nitf.dtd\">\n %nitf;\n]>\n<NewsML/>";
        String blanked = modules.withoutDoctype(original);
        assertThat(blanked)
                .doesNotContain("DOCTYPE")
                .doesNotContain("ENTITY")
                .endsWith("\n<NewsML/>")
                .hasSameSizeAs(original);
        assertThat(blanked.chars().filter(c -> c == '\n').count())
                .as("line numbers kept")
                .isEqualTo(4);
    }

    @Test
    void shouldRefuseDoctypeWhenItDeclaresGeneralOrInternalParameterEntities() {
        XmlProlog general = XmlProlog.scan("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>");
        XmlProlog internalParameter = XmlProlog.scan("<!DOCTYPE r [<!ENTITY % p \"<!ENTITY y 'z'>\"> %p;]><r/>");
        XmlProlog hidden = XmlProlog.scan("<!DOCTYPE r [<!-- ] > --><!ENTITY\tq \"boom\">]><r/>");

        assertThat(general.doctype()).isEqualTo(XmlProlog.Doctype.REFUSED);
        assertThat(general.doctypeReason()).contains("'x'");
        assertThat(internalParameter.doctype()).isEqualTo(XmlProlog.Doctype.REFUSED);
        assertThat(hidden.doctype()).isEqualTo(XmlProlog.Doctype.REFUSED);
    }

    @Test
    void shouldReturnNoRootWhenTextIsNotXml() {
        assertThat(XmlProlog.scan("{\"json\":true}").rootName()).isNull();
        assertThat(XmlProlog.scan("<!-- never closed").rootName()).isNull();
        assertThat(XmlProlog.scan("<!DOCTYPE r [ <!ELEMENT r ANY>").doctypeReason())
                .isEqualTo("unterminated DOCTYPE");
    }
}
