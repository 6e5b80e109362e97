package io.kawat.reliability.hostile;

import static io.kawat.reliability.hostile.HostileCase.Door.PUSH;
import static io.kawat.reliability.hostile.HostileCase.Expectation.refused;
import static io.kawat.reliability.hostile.Payloads.item;
import static io.kawat.reliability.hostile.Payloads.rss;
import static io.kawat.reliability.hostile.Payloads.utf8;

import io.kawat.reliability.hostile.HostileCase.Expectation;
import io.kawat.reliability.hostile.HostileCase.Payload;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/** Hostile documents and requests for {@code POST /ingest/{sourceId}}. */
final class PushCases {
    static final String TOKEN = "hostile-push-token";
    private static final Expectation ACCEPTED = new Expectation(202, null, java.util.Map.of(), List.of());

    private PushCases() {}

    /** The cases; {@code canary} is a loopback URL that counts requests: no DTD or entity may ever be fetched from it. */
    static List<HostileCase> all(String canary) {
        return List.of(
                xml(
                        "XXE external file entity",
                        Payloads.withDoctype("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;"),
                        refused(400, "KWT-2005")),
                xml(
                        "XXE URL entity",
                        Payloads.withDoctype("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + canary + "secret\">]>", "&xxe;"),
                        refused(400, "KWT-2005")),
                xml(
                        "internal parameter entities",
                        Payloads.withDoctype("<!DOCTYPE rss [<!ENTITY % p \"<!ENTITY x 'boom'>\"> %p;]>", "&x;"),
                        refused(400, "KWT-2005")),
                xml(
                        "external parameter entity (tolerated, never loaded)",
                        Payloads.withDoctype(
                                "<!DOCTYPE rss [<!ENTITY % p SYSTEM \"" + canary + "p.dtd\"> %p;]>",
                                "Parameter entity ignored"),
                        ACCEPTED.keeping("dtd-item", "Parameter entity ignored")),
                xml(
                        "external DTD subset",
                        Payloads.withDoctype("<!DOCTYPE rss SYSTEM \"" + canary + "rss.dtd\">", "External DTD ignored"),
                        ACCEPTED.keeping("dtd-item", "External DTD ignored")),
                xml(
                        "billion laughs",
                        Payloads.withDoctype(Payloads.DOCTYPE_LAUGHS, "&lol4;"),
                        refused(400, "KWT-2005")),
                xml("quadratic blowup", Payloads.quadraticBlowup(), refused(400, "KWT-2005")),
                xml("gzip bomb pushed as .gz", Payloads.gzipZeros(60L << 20), refused(400, "KWT-2001")),
                xml(
                        "gzip-compressed RSS pushed",
                        Payloads.gzip(utf8(rss(item("gz-1", "Zipped")))),
                        refused(400, "KWT-2001")),
                xml("document over the 20 MiB push limit", new byte[21 * 1024 * 1024], refused(413, "KWT-3005")),
                xml(
                        "huge single field beside a good item",
                        Payloads.goodAndBad("field-good", item("field-huge", "x".repeat(300_000))),
                        ACCEPTED.withCode("KWT-2104").keeping("field-good", "Harbour reopens after storm")),
                xml("100,000 nested elements", Payloads.nested(100_000), refused(400, "KWT-2004")),
                xml(
                        "truncated XML after a good item",
                        Payloads.goodAndBad("trunc-good", "<item><title>Cut off"),
                        ACCEPTED.withCode("KWT-2009").keeping("trunc-good", "Harbour reopens after storm")),
                xml(
                        "truncated before any item",
                        utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><tit"),
                        refused(400, "KWT-2004")),
                charset("windows-1252", Charset.forName("windows-1252"), "Prices \u201Crise\u201D \u2014 \u20AC5 more"),
                charset("ISO-8859-1", StandardCharsets.ISO_8859_1, "Caf\u00E9 reopens in S\u00E3o Paulo"),
                xml(
                        "UTF-16 with BOM",
                        Payloads.utf16WithBom("utf16-1", "R\u00E9sum\u00E9 from \u6771\u4EAC"),
                        ACCEPTED.keeping("utf16-1", "R\u00E9sum\u00E9 from \u6771\u4EAC")),
                charset("Shift_JIS", Charset.forName("Shift_JIS"), "\u6771\u4EAC\u3067\u4F1A\u8B70"),
                charset(
                        "KOI8-R",
                        Charset.forName("KOI8-R"),
                        "\u041C\u043E\u0441\u043A\u0432\u0430: \u043F\u0435\u0440\u0435\u0433\u043E\u0432\u043E\u0440\u044B"),
                xml(
                        "declaration says ISO-8859-1, bytes are UTF-8 (lying)",
                        rss("ISO-8859-1", item("lie-1", "Caf\u00E9 \u00FCber")).getBytes(StandardCharsets.UTF_8),
                        ACCEPTED.keeping("lie-1", "Caf\u00E9 \u00FCber")),
                xml(
                        "invalid date",
                        utf8(rss(item("date-bad", "Bad date", "<p>x</p>", "not a date at all"))),
                        ACCEPTED.keeping("date-bad", "Bad date")),
                xml(
                        "absurd date (year 9999)",
                        utf8(rss(item("date-far", "Far future", "<p>x</p>", "Fri, 31 Dec 9999 23:59:59 +0000"))),
                        ACCEPTED.keeping("date-far", "Far future")),
                xml(
                        "script, iframe, onerror, javascript: in the body",
                        utf8(rss(item("xss-body", "Calm", Payloads.XSS_HTML))),
                        ACCEPTED.keeping("xss-body", "Calm")
                                .without("<script", "<iframe", "onerror", "onload", "onclick", "javascript:", "<svg")),
                xml(
                        "script and markup in the title",
                        utf8(rss(item(
                                "xss-title",
                                "&lt;script&gt;alert(1)&lt;/script&gt;Storm &lt;img src=x onerror=alert(1)&gt;"))),
                        ACCEPTED.keeping("xss-title", "").without("<script", "onerror", "<img")),
                xml(
                        "empty guid beside a good item (id from the content hash)",
                        Payloads.goodAndBad(
                                "guid-good",
                                "<item><title>No guid</title><guid></guid><description>x</description></item>"),
                        ACCEPTED.keeping("guid-good", "Harbour reopens after storm")),
                xml(
                        "duplicate guids in one feed",
                        Payloads.goodAndBad("dup-1", item("dup-1", "Second with the same guid")),
                        ACCEPTED.withCode("KWT-2105").keeping("dup-1", "Harbour reopens after storm")),
                xml(
                        "control characters in one item beside a good one",
                        Payloads.goodAndBad(
                                "ctrl-good", item("ctrl-1", "Control", "<p>bell\u0007 escape\u001B nul\u0000 end</p>")),
                        ACCEPTED.keeping("ctrl-good", "Harbour reopens after storm")
                                .keeping("ctrl-1", "Control")
                                .without("\u0007", "\u001B", "\u0000")),
                xml(
                        "unknown format (HTML page)",
                        utf8("<html><body><p>not a feed</p></body></html>"),
                        refused(400, "KWT-2001")),
                push("binary garbage", "application/octet-stream", Payloads.binaryGarbage(), refused(400, "KWT-2001")),
                xml("empty body", new byte[0], refused(400, "KWT-2002")),
                push("invalid JSON", "application/json", utf8("{\"headline\": \"x\", "), refused(400, "KWT-2007")),
                push(
                        "JSON that is not ninjs",
                        "application/json",
                        utf8("{\"hello\": [1, 2, 3]}"),
                        refused(400, "KWT-2006")),
                new HostileCase(
                        PUSH,
                        "missing push token",
                        () -> Payload.xml(utf8(rss(item("tok-1", "t")))).with("Authorization", ""),
                        refused(401, "KWT-3001")),
                new HostileCase(
                        PUSH,
                        "wrong push token",
                        () -> Payload.xml(utf8(rss(item("tok-2", "t")))).with("Authorization", "Bearer not-the-token"),
                        refused(401, "KWT-3001")),
                push(
                        "wrong content type (image/png)",
                        "image/png",
                        utf8(rss(item("png-1", "t"))),
                        refused(415, "KWT-3004")),
                new HostileCase(
                        PUSH,
                        "bad source id",
                        () -> Payload.xml(utf8(rss(item("src-1", "t")))).with("X-Test-Source", "Bad_Source!"),
                        refused(400, "KWT-3003")));
    }

    private static HostileCase xml(String name, byte[] body, Expectation expect) {
        return push(name, "application/xml", body, expect);
    }

    private static HostileCase push(String name, String type, byte[] body, Expectation expect) {
        Supplier<Payload> payload = () -> Payload.of(type, body);
        return new HostileCase(PUSH, name, payload, expect);
    }

    private static HostileCase charset(String name, Charset charset, String headline) {
        String guid = "cs-" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return xml(name, Payloads.encoded(charset, guid, headline), ACCEPTED.keeping(guid, headline));
    }
}
