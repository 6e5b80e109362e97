package io.kawat.reliability.hostile;

import static io.kawat.reliability.hostile.HostileCase.Door.FEED;
import static io.kawat.reliability.hostile.HostileCase.Expectation.failed;
import static io.kawat.reliability.hostile.Payloads.item;
import static io.kawat.reliability.hostile.Payloads.rss;
import static io.kawat.reliability.hostile.Payloads.utf8;

import io.kawat.reliability.hostile.HostileCase.Expectation;
import io.kawat.reliability.hostile.HostileCase.Payload;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Answers of loopback feed servers. A header {@code X-Test-Private: false} makes the case's source not allow private
 * networks; {@code Location} values starting with "/" redirect to the same server.
 */
final class FeedCases {
    static final String PRIVATE = "X-Test-Private";
    private static final Expectation OK = new Expectation(0, null, Map.of(), List.of());

    private FeedCases() {}

    static List<HostileCase> all() {
        return List.of(
                feed(
                        "good feed, gzip transfer encoding",
                        Payload.xml(Payloads.gzip(utf8(rss(item("gz-good", "Gzipped feed")))))
                                .with("Content-Encoding", "gzip"),
                        OK.keeping("gz-good", "Gzipped feed")),
                feed(
                        "gzip bomb (60 MiB of zeros)",
                        Payload.xml(Payloads.gzipZeros(60L << 20)).with("Content-Encoding", "gzip"),
                        failed("KWT-1007")),
                feed(
                        "corrupt gzip body",
                        Payload.xml(utf8("this is not gzip")).with("Content-Encoding", "gzip"),
                        failed("KWT-1014")),
                feed("body over the 20 MiB cap", Payload.xml(new byte[21 * 1024 * 1024]), failed("KWT-1006")),
                feed("404 answer", new Payload(404, Map.of(), utf8("not here")), failed("KWT-1005")),
                feed(
                        "500 answer (retried, then reported)",
                        new Payload(500, Map.of(), utf8("boom")),
                        failed("KWT-1003")),
                feed(
                        "redirect to 169.254.169.254 (cloud metadata)",
                        redirect("http://169.254.169.254/latest/meta-data/"),
                        failed("KWT-1009")),
                feed("redirect to 10.0.0.1 (private network)", redirect("http://10.0.0.1/feed"), failed("KWT-1009")),
                feed("redirect to a file: URL", redirect("file:///etc/passwd"), failed("KWT-1010")),
                feed("redirect loop", redirect("/"), failed("KWT-1008")),
                feed(
                        "loopback feed without allow-private-network",
                        Payload.xml(utf8(rss(item("lo-1", "t")))).with(PRIVATE, "false"),
                        failed("KWT-1009")),
                feed(
                        "XXE external entity",
                        Payload.xml(Payloads.withDoctype(
                                "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;")),
                        failed("KWT-2005")),
                feed(
                        "billion laughs",
                        Payload.xml(Payloads.withDoctype(Payloads.DOCTYPE_LAUGHS, "&lol4;")),
                        failed("KWT-2005")),
                feed(
                        "binary garbage",
                        Payload.of("application/octet-stream", Payloads.binaryGarbage()),
                        failed("KWT-2001")),
                feed("empty 200 answer", Payload.xml(new byte[0]), failed("KWT-2002")),
                feed(
                        "header says ISO-8859-1, bytes are UTF-8 (lying)",
                        Payload.of(
                                "text/xml; charset=ISO-8859-1",
                                rss(item("hdr-lie", "Caf\u00E9")).getBytes(StandardCharsets.UTF_8)),
                        OK.keeping("hdr-lie", "Caf\u00E9")),
                feed(
                        "Shift_JIS named only by the header",
                        Payload.of(
                                "text/xml; charset=Shift_JIS",
                                ("<?xml version=\"1.0\"?>"
                                                + rss(item("sjis-hdr", "\u5927\u962A\u306E\u5929\u6C17"))
                                                        .substring(38))
                                        .getBytes(Charset.forName("Shift_JIS"))),
                        OK.keeping("sjis-hdr", "\u5927\u962A\u306E\u5929\u6C17")),
                feed(
                        "script and event handlers in a feed",
                        Payload.xml(utf8(rss(item("feed-xss", "Calm", Payloads.XSS_HTML)))),
                        OK.keeping("feed-xss", "Calm")
                                .without("<script", "<iframe", "onerror", "onload", "onclick", "javascript:")));
    }

    private static Payload redirect(String location) {
        return new Payload(302, Map.of("Location", location), new byte[0]);
    }

    private static HostileCase feed(String name, Payload payload, Expectation expect) {
        return new HostileCase(FEED, name, () -> payload, expect);
    }
}
