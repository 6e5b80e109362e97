package io.kawat.ingest.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.kawat.schemas.avro.WireStory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A hostile corpus: XXE (file and URL), entity bombs, DOCTYPEs, truncation, lying charsets, bad dates, script
 * injection, tracking pixels, empty and duplicate guids, size caps, garbage and foreign JSON. Each gives a clear
 * error, and the good items of a document still arrive.
 */
class HostileInputTest {

    private final WireParsers parsers = new WireParsers(ParseLimits.defaults());
    private HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();

    @BeforeEach
    void startLoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] body = "<!ENTITY leak \"LEAKED\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopLoopbackServer() {
        server.stop(0);
    }

    private String loopback(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private ParsedDocument parse(String text) throws WireParseException {
        return parsers.parse(text.getBytes(StandardCharsets.UTF_8), null, WireFixtures.CTX);
    }

    private static String rss(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>T</title>" + items
                + "</channel></rss>";
    }

    private static String item(String guid, String title, String description) {
        return "<item><guid>" + guid + "</guid><title>" + title + "</title><description>" + description
                + "</description></item>";
    }

    @Test
    void shouldKeepEveryItemWhenOneItemCarriesControlCharacters() throws WireParseException {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<item><guid>a</guid><title>Good item</title><description>Fine text</description></item>"
                + "<item><guid>b</guid><title>Bad\u0001 item</title><description><![CDATA[Stray\u0008 bell\u0007]]>"
                + "</description></item></channel></rss>";

        ParsedDocument doc = parse(rss);

        assertThat(doc.stories()).extracting(WireStory::getHeadline).containsExactly("Good item", "Bad item");
        assertThat(doc.rejections()).isEmpty();
    }

    @Test
    void shouldRefuseDoctypeWhenXxeReadsLocalFile() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + rss(item("g1", "&xxe;", "x")).substring(rss("").indexOf("<rss"));

        assertThatThrownBy(() -> parse(xxe)).isInstanceOfSatisfying(WireParseException.class, e -> {
            assertThat(e.error()).isEqualTo(ParseError.KWT_2005_DTD_REFUSED);
            assertThat(e.getMessage()).contains("KWT-2005").contains("xxe").doesNotContain("root:");
        });
    }

    @Test
    void shouldRefuseDoctypeWithoutFetchingWhenXxeReadsUrl() {
        String xxe = "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + loopback("/secret") + "\">]>"
                + "<rss><channel><item><guid>g</guid><title>&xxe;</title></item></channel></rss>";

        assertThatThrownBy(() -> parse(xxe))
                .isInstanceOfSatisfying(
                        WireParseException.class,
                        e -> assertThat(e.error()).isEqualTo(ParseError.KWT_2005_DTD_REFUSED));
        assertThat(hits.get()).isZero();
    }

    @Test
    void shouldRefuseDoctypeWhenBillionLaughs() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        bomb.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (int i = 2; i <= 9; i++) {
            bomb.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        bomb.append("]><rss><channel><item><guid>g</guid><title>&lol9;</title></item></channel></rss>");

        assertThatThrownBy(() -> parse(bomb.toString()))
                .isInstanceOfSatisfying(
                        WireParseException.class,
                        e -> assertThat(e.error()).isEqualTo(ParseError.KWT_2005_DTD_REFUSED));
    }

    @Test
    void shouldRefuseInternalParameterEntityWhenBombUsesParameterEntities() {
        String bomb = "<!DOCTYPE r [<!ENTITY % a \"<!ENTITY b 'x'>\"> %a;]><rss/>";

        assertThatThrownBy(() -> parse(bomb))
                .isInstanceOfSatisfying(
                        WireParseException.class,
                        e -> assertThat(e.error()).isEqualTo(ParseError.KWT_2005_DTD_REFUSED));
    }

    @Test
    void shouldRefuseDoctypeWhenNewsmlG2DeclaresEntity() {
        String g2 = "<?xml version=\"1.0\"?><!DOCTYPE newsMessage [<!ENTITY ext SYSTEM \"" + loopback("/g2") + "\">]>"
                + "<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><itemSet><newsItem guid=\"a\">"
                + "<contentMeta><headline>&ext;</headline></contentMeta></newsItem></itemSet></newsMessage>";

        assertThatThrownBy(() -> parse(g2))
                .isInstanceOfSatisfying(
                        WireParseException.class,
                        e -> assertThat(e.error()).isEqualTo(ParseError.KWT_2005_DTD_REFUSED));
        assertThat(hits.get()).isZero();
    }

    @Test
    void shouldParseWithoutLoadingDtdWhenDoctypeOnlyNamesExternalDtd() throws WireParseException {
        String nitf = "<?xml version=\"1.0\"?><!DOCTYPE nitf SYSTEM \"" + loopback("/nitf.dtd") + "\" [ "
                + "<!ENTITY % mod SYSTEM \"" + loopback("/module.dtd") + "\"> %mod; ]>"
                + "<nitf><head><docdata><doc-id id-string=\"n1\"/></docdata></head><body><body.head><hedline>"
                + "<hl1>Safe &amp; sound&nbsp;here</hl1></hedline></body.head><body.content><p>Text &leak;</p>"
                + "</body.content></body></nitf>";

        ParsedDocument doc = parse(nitf);

        assertThat(hits.get())
                .as("neither the DTD nor the parameter entity is fetched")
                .isZero();
        assertThat(doc.stories()).singleElement().satisfies(s -> {
            assertThat(s.getHeadline()).isEqualTo("Safe & sound here");
            assertThat(s.getBodyText()).isEqualTo("Text &leak;").doesNotContain("LEAKED");
        });
    }

    @Test
    void shouldKeepCompleteItemsAndReportBreakWhenXmlIsTruncated() throws WireParseException {
        byte[] guardian = WireFixtures.bytes("rss/guardian.rss");
        byte[] cut = Arrays.copyOf(guardian, guardian.length * 3 / 5);
        String prefix = new String(cut, StandardCharsets.UTF_8);
        int complete = prefix.split("</item>", -1).length - 1;

        ParsedDocument doc = parsers.parse(cut, null, WireFixtures.CTX);

        assertThat(complete).isGreaterThan(10);
        assertThat(doc.stories()).hasSize(complete);
        assertThat(doc.stories().get(0).getHeadline())
                .isEqualTo("Trump State of the Union address promised unity but emphasized discord");
        assertThat(doc.rejections()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(ParseError.KWT_2009_DOCUMENT_TRUNCATED);
            assertThat(r.index()).isEqualTo(complete);
            assertThat(r.message())
                    .contains("after " + complete + " complete item(s)")
                    .contains("line");
        });
    }

    @Test
    void shouldFailWholeDocumentWhenXmlBreaksBeforeAnyItem() {
        String broken = "<rss><channel><title>T</title><item><guid>g</guid><title>half";

        assertThatThrownBy(() -> parse(broken))
                .isInstanceOfSatisfying(
                        WireParseException.class,
                        e -> assertThat(e.error()).isEqualTo(ParseError.KWT_2004_NOT_WELL_FORMED));
    }

    @Test
    void shouldDecodeBytesWhenXmlDeclarationClaimsUtf8ButBytesAreLatin1() throws WireParseException {
        String original = new String(WireFixtures.bytes("rss/encoding.rss"), StandardCharsets.ISO_8859_1);
        byte[] lying = original.replace("encoding=\"ISO-8859-1\"", "encoding=\"UTF-8\"")
                .getBytes(StandardCharsets.ISO_8859_1);

        ParsedDocument doc = parsers.parse(lying, null, WireFixtures.CTX);

        assertThat(doc.title()).isEqualTo("Jornal de Notícias - Últimas Notícias");
        assertThat(doc.stories().get(0).getHeadline()).isEqualTo("Mãe de utente é a nova presidente da Raríssimas");
    }

    @Test
    void shouldDecodeBytesWhenHeaderClaimsUtf8ButBytesAreLatin1() throws WireParseException {
        ParsedDocument doc = parsers.parse(
                WireFixtures.bytes("rss/encoding.rss"), "application/rss+xml; charset=UTF-8", WireFixtures.CTX);

        assertThat(doc.stories().get(1).getHeadline()).isEqualTo("Reações dos partidos ao veto de Marcelo");
    }

    @Test
    void shouldDecodeUtf8WhenDeclarationClaimsLatin1ButBytesAreUtf8() throws WireParseException {
        String original = new String(WireFixtures.bytes("rss/guardian.rss"), StandardCharsets.UTF_8);
        byte[] lying = original.replace("encoding=\"utf-8\"", "encoding=\"ISO-8859-1\"")
                .getBytes(StandardCharsets.UTF_8);

        ParsedDocument doc = parsers.parse(lying, "text/xml; charset=iso-8859-1", WireFixtures.CTX);

        assertThat(doc.stories().get(0).getBodyText()).startsWith("The president’s ‘new American moment’");
    }

    @Test
    void shouldKeepItemWithNullDateWhenPubDateIsUnreadable() throws WireParseException {
        ParsedDocument doc = parse(
                rss(
                        "<item><guid>g1</guid><title>Dated</title><pubDate>Someday, 32 Foo 20xx</pubDate>"
                                + "</item><item><guid>g2</guid><title>Zoned</title><pubDate>Mon, 06 Jan 2025 09:00:00 EST</pubDate></item>"));

        assertThat(doc.rejections()).isEmpty();
        assertThat(doc.stories().get(0).getFirstCreated()).isNull();
        assertThat(doc.stories().get(0).getVersionCreated()).isNull();
        assertThat(doc.stories().get(1).getFirstCreated().getOriginal()).isEqualTo("Mon, 06 Jan 2025 09:00:00 EST");
        assertThat(doc.stories().get(1).getFirstCreated().getEpochMillis().toString())
                .isEqualTo("2025-01-06T14:00:00Z");
    }

    @Test
    void shouldRejectItemWhenEmbargoDateIsUnreadable() throws WireParseException {
        String g2 = "<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><itemSet>"
                + "<newsItem guid=\"bad\"><itemMeta><embargoed>next tuesday</embargoed></itemMeta>"
                + "<contentMeta><headline>Held</headline></contentMeta></newsItem>"
                + "<newsItem guid=\"good\"><itemMeta><embargoed>2030-01-01T00:00:00+01:00</embargoed></itemMeta>"
                + "<contentMeta><headline>Fine</headline></contentMeta></newsItem></itemSet></newsMessage>";

        ParsedDocument doc = parse(g2);

        assertThat(doc.rejections()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(ParseError.KWT_2103_INVALID_DATE);
            assertThat(r.guid()).isEqualTo("bad");
        });
        assertThat(doc.stories())
                .singleElement()
                .satisfies(
                        s -> assertThat(s.getEmbargoedUntil().getEpochMillis().toString())
                                .isEqualTo("2029-12-31T23:00:00Z"));
    }

    @Test
    void shouldStripScriptsHandlersAndJavascriptUrlsWhenBodiesAreInjected() throws WireParseException {
        String evil = "<script>alert(1)</script><p onclick=\"steal()\">Hello <b>world</b></p>"
                + "<iframe src=\"https://evil.example/\"></iframe><img src=\"https://cdn.example/a.jpg\" onerror=\"alert(2)\">"
                + "<a href=\"javascript:alert(3)\">click</a> <a href=\"https://ok.example/\">ok</a>"
                + "<form action=\"https://evil.example/\"><input name=\"pw\"></form><style>p{color:red}</style>"
                + "<object data=\"x.swf\"></object><svg onload=\"alert(4)\"></svg>";
        String escaped = evil.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");

        ParsedDocument doc = parse(rss(item("inj", "Injected", escaped)));

        WireStory s = doc.stories().get(0);
        assertThat(s.getBodyHtml())
                .doesNotContainIgnoringCase("script")
                .doesNotContain("alert")
                .doesNotContain("<iframe")
                .doesNotContain("onerror")
                .doesNotContain("onclick")
                .doesNotContain("javascript:")
                .doesNotContain("<form")
                .doesNotContain("<input")
                .doesNotContain("<style")
                .doesNotContain("<object")
                .doesNotContain("<svg")
                .doesNotContain("steal")
                .contains("<p>Hello <b>world</b></p>")
                .contains("<img src=\"https://cdn.example/a.jpg\">")
                .contains("<a href=\"https://ok.example/\" rel=\"nofollow noopener noreferrer\">ok</a>");
        assertThat(s.getBodyText()).isEqualTo("Hello world\n\nclick ok");
    }

    @Test
    void shouldStripInjectionWhenNinjsBodyHtmlCarriesIt() throws WireParseException {
        String ninjs = "{\"uri\":\"urn:x:1\",\"headline\":\"H<script>x()</script>\","
                + "\"body_html\":\"<p>A</p><iframe src=\\\"https://e.example\\\"></iframe><img src=x onerror=alert(1)>\"}";

        WireStory s = parse(ninjs).stories().get(0);

        assertThat(s.getHeadline()).isEqualTo("H");
        assertThat(s.getBodyHtml()).isEqualTo("<p>A</p>");
    }

    @Test
    void shouldRemoveTrackingPixelsWhenImagesAreOnePixel() throws WireParseException {
        String body = "<p>Story</p><img src=\"https://track.example/p.gif\" width=\"1\" height=\"1\">"
                + "<img src=\"https://track.example/q.gif\" style=\"width:1px;height:1px\">"
                + "<img src=\"https://track.example/r.gif\" style=\"display:none\">"
                + "<img src=\"https://cdn.example/photo.jpg\" width=\"640\" height=\"480\">";

        WireStory s = parse(rss(item("px", "Pixels", body.replace("<", "&lt;").replace(">", "&gt;"))))
                .stories()
                .get(0);

        assertThat(s.getBodyHtml()).doesNotContain("track.example").contains("https://cdn.example/photo.jpg");
    }

    @Test
    void shouldFallBackToLinkThenHashWhenGuidIsEmpty() throws WireParseException {
        ParsedDocument doc =
                parse(rss("<item><guid></guid><title>With link</title><link>https://n.example/a</link></item>"
                        + "<item><guid/><title>Title only</title></item>"
                        + "<item><guid> </guid><description>nothing to identify</description></item>"));

        assertThat(doc.stories())
                .extracting(WireStory::getProviderGuid)
                .containsExactly("https://n.example/a", RssFormat.syntheticGuid("Title only", null));
        assertThat(doc.stories().get(1).getProviderGuid()).startsWith("urn:kawat:sha256:");
        assertThat(doc.rejections()).singleElement().satisfies(r -> {
            assertThat(r.index()).isEqualTo(2);
            assertThat(r.code()).isEqualTo(ParseError.KWT_2101_MISSING_GUID);
        });
    }

    @Test
    void shouldKeepFirstAndRejectLaterItemWhenGuidsRepeatInOneDocument() throws WireParseException {
        ParsedDocument doc =
                parse(rss(item("same", "First", "a") + item("other", "Second", "b") + item("same", "Third", "c")));

        assertThat(doc.stories()).extracting(WireStory::getHeadline).containsExactly("First", "Second");
        assertThat(doc.rejections()).singleElement().satisfies(r -> {
            assertThat(r.index()).isEqualTo(2);
            assertThat(r.guid()).isEqualTo("same");
            assertThat(r.code()).isEqualTo(ParseError.KWT_2105_DUPLICATE_GUID);
        });
    }

    @Test
    void shouldRefuseWholeDocumentWhenLargerThanLimit() {
        WireParsers small = new WireParsers(new ParseLimits(1024, 200_000, 5_000));
        byte[] big = rss(item("g", "T", "x".repeat(2000))).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> small.parse(big, null, WireFixtures.CTX))
                .isInstanceOfSatisfying(
                        WireParseException.class,
                        e -> assertThat(e.error()).isEqualTo(ParseError.KWT_2003_DOCUMENT_TOO_LARGE));
    }

    @Test
    void shouldRejectOnlyTheItemWhenAFieldIsTooLong() throws WireParseException {
        WireParsers small = new WireParsers(new ParseLimits(1_000_000, 100, 5_000));
        byte[] doc = rss(item("long", "Long", "y".repeat(500)) + item("short", "Short", "fine"))
                .getBytes(StandardCharsets.UTF_8);

        ParsedDocument parsed = small.parse(doc, null, WireFixtures.CTX);

        assertThat(parsed.stories()).extracting(WireStory::getProviderGuid).containsExactly("short");
        assertThat(parsed.rejections()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(ParseError.KWT_2104_FIELD_TOO_LONG);
            assertThat(r.guid()).isEqualTo("long");
        });
    }

    @Test
    void shouldStopAndReportWhenMoreItemsThanLimit() throws WireParseException {
        WireParsers two = new WireParsers(new ParseLimits(1_000_000, 200_000, 2));

        ParsedDocument doc = two.parse(
                rss(item("a", "A", "a") + item("b", "B", "b") + item("c", "C", "c"))
                        .getBytes(StandardCharsets.UTF_8),
                null,
                WireFixtures.CTX);

        assertThat(doc.stories()).hasSize(2);
        assertThat(doc.rejections()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(ParseError.KWT_2008_TOO_MANY_ITEMS);
            assertThat(r.index()).isEqualTo(2);
        });
    }

    @Test
    void shouldReportUnknownFormatWhenInputIsBinaryGarbage() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};

        assertThatThrownBy(() -> parsers.parse(garbage, null, WireFixtures.CTX))
                .isInstanceOfSatisfying(
                        WireParseException.class,
                        e -> assertThat(e.error()).isEqualTo(ParseError.KWT_2001_UNKNOWN_FORMAT));
        assertThatThrownBy(() -> parsers.parse(png, null, WireFixtures.CTX))
                .isInstanceOfSatisfying(WireParseException.class, e -> {
                    assertThat(e.error()).isEqualTo(ParseError.KWT_2001_UNKNOWN_FORMAT);
                    assertThat(e.getMessage()).contains("binary");
                });
    }

    @Test
    void shouldReportEmptyDocumentWhenInputIsEmptyOrBlank() {
        assertThatThrownBy(() -> parsers.parse(new byte[0], null, WireFixtures.CTX))
                .isInstanceOfSatisfying(
                        WireParseException.class,
                        e -> assertThat(e.error()).isEqualTo(ParseError.KWT_2002_EMPTY_DOCUMENT));
        assertThatThrownBy(() -> parse(" \n\t "))
                .isInstanceOfSatisfying(
                        WireParseException.class,
                        e -> assertThat(e.error()).isEqualTo(ParseError.KWT_2002_EMPTY_DOCUMENT));
    }

    @Test
    void shouldRefuseJsonWhenItIsNotNinjs() {
        assertThatThrownBy(() -> parse("{\"type\":\"FeatureCollection\",\"features\":[]}"))
                .isInstanceOfSatisfying(
                        WireParseException.class,
                        e -> assertThat(e.error()).isEqualTo(ParseError.KWT_2006_UNSUPPORTED_JSON));
        assertThatThrownBy(() -> parse("{\"uri\": \"x\", \"headline\": "))
                .isInstanceOfSatisfying(
                        WireParseException.class,
                        e -> assertThat(e.error()).isEqualTo(ParseError.KWT_2007_INVALID_JSON));
        assertThatThrownBy(() -> parse("[".repeat(5000)))
                .isInstanceOfSatisfying(
                        WireParseException.class,
                        e -> assertThat(e.error()).isEqualTo(ParseError.KWT_2007_INVALID_JSON));
    }

    @Test
    void shouldRefuseHtmlPageWhenServedInsteadOfFeed() {
        assertThatThrownBy(() -> parse("<!DOCTYPE html><html><body>Login</body></html>"))
                .isInstanceOfSatisfying(
                        WireParseException.class,
                        e -> assertThat(e.error()).isEqualTo(ParseError.KWT_2001_UNKNOWN_FORMAT));
    }

    @Test
    void shouldRefuseDeepNestingWhenXmlExceedsDepthLimit() {
        String deep = "<rss>" + "<x>".repeat(300) + "</x>".repeat(300) + "</rss>";

        assertThatThrownBy(() -> parse(deep))
                .isInstanceOfSatisfying(
                        WireParseException.class,
                        e -> assertThat(e.error()).isEqualTo(ParseError.KWT_2004_NOT_WELL_FORMED));
    }

    @Test
    void shouldRefuseTextWireWhenEtxIsMissing() {
        String cut = "\u0001eca062 4 i 211 ccccb dpa 061\r\n\r\nSlug/\r\n\u0002Headline =\r\n\r\n   Body without end";

        assertThatThrownBy(() -> parse(cut))
                .isInstanceOfSatisfying(
                        WireParseException.class,
                        e -> assertThat(e.error()).isEqualTo(ParseError.KWT_2010_INVALID_TEXT_WIRE));
    }
}
