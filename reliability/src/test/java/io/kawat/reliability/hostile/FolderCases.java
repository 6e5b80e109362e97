package io.kawat.reliability.hostile;

import static io.kawat.reliability.hostile.HostileCase.Door.FOLDER;
import static io.kawat.reliability.hostile.HostileCase.Expectation.failed;
import static io.kawat.reliability.hostile.Payloads.item;
import static io.kawat.reliability.hostile.Payloads.rss;
import static io.kawat.reliability.hostile.Payloads.utf8;

import io.kawat.reliability.hostile.HostileCase.Expectation;
import io.kawat.reliability.hostile.HostileCase.Payload;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

/** Files dropped into a folder source; the header {@code File} names each file. */
final class FolderCases {
    private static final Expectation PROCESSED = new Expectation(0, null, Map.of(), List.of());

    /** Header naming the target of a symbolic link dropped instead of a file. */
    static final String LINK = "Link";

    private FolderCases() {}

    static List<HostileCase> all() {
        String koi8 = "\u041D\u043E\u0432\u043E\u0441\u0442\u0438 \u0434\u043D\u044F";
        return List.of(
                file(
                        "laughs.xml",
                        "billion laughs",
                        Payloads.withDoctype(Payloads.DOCTYPE_LAUGHS, "&lol4;"),
                        failed("KWT-2005")),
                file(
                        "xxe.xml",
                        "XXE external file entity",
                        Payloads.withDoctype("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;"),
                        failed("KWT-2005")),
                file("garbage.bin", "binary garbage", Payloads.binaryGarbage(), failed("KWT-2001")),
                file("empty.xml", "empty file", new byte[0], failed("KWT-2002")),
                file(
                        "feed.xml.gz",
                        "gzip-compressed RSS",
                        Payloads.gzip(utf8(rss(item("drop-gz", "Zipped drop")))),
                        failed("KWT-2001")),
                file(
                        "truncated.xml",
                        "truncated XML after a good item",
                        Payloads.goodAndBad("drop-trunc", "<item><title>Cu"),
                        PROCESSED.keeping("drop-trunc", "Harbour reopens after storm")),
                file(
                        "koi8.xml",
                        "KOI8-R",
                        Payloads.encoded(Charset.forName("KOI8-R"), "drop-koi8", koi8),
                        PROCESSED.keeping("drop-koi8", koi8)),
                file(
                        "xss.xml",
                        "script and javascript: URLs",
                        utf8(rss(item("drop-xss", "Calm", Payloads.XSS_HTML))),
                        PROCESSED.keeping("drop-xss", "Calm").without("<script", "onerror", "javascript:", "<iframe")),
                link("passwd.xml", "symbolic link to /etc/passwd (moved unread)", "/etc/passwd"),
                link("pagemap.xml", "symbolic link to /proc/self/pagemap (size 0, unbounded)", "/proc/self/pagemap"));
    }

    /** A symbolic link dropped into the folder; the header {@code Link} names its target. */
    private static HostileCase link(String fileName, String name, String target) {
        return new HostileCase(
                FOLDER,
                name,
                () -> new Payload(0, Map.of("File", fileName, LINK, target), new byte[0]),
                failed("KWT-3007"));
    }

    private static HostileCase file(String fileName, String name, byte[] body, Expectation expect) {
        return new HostileCase(FOLDER, name, () -> new Payload(0, Map.of("File", fileName), body), expect);
    }
}
