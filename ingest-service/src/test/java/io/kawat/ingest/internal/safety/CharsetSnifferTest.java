package io.kawat.ingest.internal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {

    private static final String TEXT =
            "<?xml version=\"1.0\" encoding=\"%s\"?><rss><title>Notícias de São Paulo</title></rss>";

    private final CharsetSniffer sniffer = new CharsetSniffer();

    private static byte[] bytes(String declared, Charset actual) {
        return String.format(Locale.ROOT, TEXT, declared).getBytes(actual);
    }

    @Test
    void shouldUseByteOrderMarkWhenPresentEvenIfHeaderSaysOtherwise() {
        byte[] body = String.format(Locale.ROOT, TEXT, "UTF-16").getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);

        DecodedText decoded = sniffer.decode(withBom, "text/xml; charset=ISO-8859-1");

        assertThat(decoded.source()).isEqualTo("bom");
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(decoded.text()).startsWith("<?xml").contains("São Paulo");
    }

    @Test
    void shouldPreferTruthfulHeaderOverDeclarationWhenBothAreGiven() {
        DecodedText decoded =
                sniffer.decode(bytes("ISO-8859-1", StandardCharsets.UTF_8), "application/rss+xml;charset=\"utf-8\"");

        assertThat(decoded.source()).isEqualTo("header");
        assertThat(decoded.text()).contains("Notícias de São Paulo");
        assertThat(decoded.overridden()).isFalse();
    }

    @Test
    void shouldFallToDeclarationWhenHeaderLies() {
        DecodedText decoded =
                sniffer.decode(bytes("ISO-8859-1", StandardCharsets.ISO_8859_1), "text/xml; charset=utf-8");

        assertThat(decoded.source()).isEqualTo("declaration");
        assertThat(decoded.overridden()).isTrue();
        assertThat(decoded.text()).contains("Notícias de São Paulo");
    }

    @Test
    void shouldDetectWhenDeclarationClaimsUtf8ButBytesAreLatin1() {
        DecodedText decoded = sniffer.decode(bytes("UTF-8", StandardCharsets.ISO_8859_1), null);

        assertThat(decoded.source()).isEqualTo("detected");
        assertThat(decoded.overridden()).isTrue();
        assertThat(decoded.text()).contains("Notícias de São Paulo");
    }

    @Test
    void shouldTakeUtf8WhenDeclaredSingleByteCharsetContradictsValidUtf8() {
        DecodedText decoded = sniffer.decode(bytes("windows-1252", StandardCharsets.UTF_8), null);

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.overridden()).isTrue();
        assertThat(decoded.text()).contains("Notícias de São Paulo");
    }

    @Test
    void shouldDecodeLatin1AsWindows1252WhenDeclaredAndTruthful() {
        byte[] raw = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><t>\u201Cquoted\u201D caf\u00e9</t>"
                .getBytes(Charset.forName("windows-1252"));

        DecodedText decoded = sniffer.decode(raw, null);

        assertThat(decoded.text()).contains("\u201Cquoted\u201D café");
    }

    @Test
    void shouldDetectUtf8WhenNothingIsDeclared() {
        DecodedText decoded =
                sniffer.decode("{\"headline\":\"Militärövning i jätteformat\"}".getBytes(StandardCharsets.UTF_8), null);

        assertThat(decoded.source()).isEqualTo("detected");
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).contains("Militärövning");
    }

    @Test
    void shouldIgnoreUnknownCharsetNamesWhenHeaderIsGarbage() {
        DecodedText decoded =
                sniffer.decode(bytes("UTF-8", StandardCharsets.UTF_8), "text/xml; charset=no-such-charset!");

        assertThat(decoded.source()).isEqualTo("declaration");
        assertThat(decoded.text()).contains("São Paulo");
    }
}
