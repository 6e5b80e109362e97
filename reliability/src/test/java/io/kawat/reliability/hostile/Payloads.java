package io.kawat.reliability.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Builders of hostile and good wire documents (RSS 2.0 unless said otherwise). */
final class Payloads {
    static final String DOCTYPE_LAUGHS = "<!DOCTYPE rss [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>";
    static final String XSS_HTML =
            "<p>Calm returns.</p><script>alert(1)</script><iframe src=\"https://evil.example/\"></iframe>"
                    + "<img src=\"x\" onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">more</a>"
                    + "<svg onload=\"alert(4)\"></svg><p style=\"x\" onclick=\"alert(5)\">tail</p>";

    private Payloads() {}

    static String rss(String items) {
        return rss("UTF-8", items);
    }

    static String rss(String encoding, String items) {
        return "<?xml version=\"1.0\" encoding=\"" + encoding
                + "\"?><rss version=\"2.0\"><channel><title>Hostile Wire</title>"
                + "<link>https://wire.example.test/</link><description>t</description>" + items + "</channel></rss>";
    }

    static String item(String guid, String title) {
        return item(guid, title, "<p>Ships return to the harbour.</p>");
    }

    static String item(String guid, String title, String html) {
        return item(guid, title, html, "Tue, 23 Mar 2021 10:00:00 +0000");
    }

    static String item(String guid, String title, String html, String pubDate) {
        return "<item><title>" + title + "</title><guid isPermaLink=\"false\">" + guid + "</guid>" + "<pubDate>"
                + pubDate + "</pubDate><description><![CDATA[" + html + "]]></description></item>";
    }

    /** A document declaring {@code doctype} before the root, with one good-looking item. */
    static byte[] withDoctype(String doctype, String title) {
        return utf8("<?xml version=\"1.0\"?>" + doctype + "<rss version=\"2.0\"><channel><title>t</title>"
                + item("dtd-item", title) + "</channel></rss>");
    }

    static byte[] goodAndBad(String goodGuid, String bad) {
        return utf8(rss(item(goodGuid, "Harbour reopens after storm") + bad));
    }

    static byte[] encoded(Charset charset, String guid, String title) {
        return rss(charset.name(), item(guid, title)).getBytes(charset);
    }

    static byte[] utf16WithBom(String guid, String title) {
        byte[] text = rss("UTF-16", item(guid, title)).getBytes(StandardCharsets.UTF_16BE);
        byte[] out = new byte[text.length + 2];
        out[0] = (byte) 0xFE;
        out[1] = (byte) 0xFF;
        System.arraycopy(text, 0, out, 2, text.length);
        return out;
    }

    static byte[] nested(int depth) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>");
        b.append("<item><title>Deep</title><guid>deep-1</guid>");
        b.append("<x>".repeat(depth)).append("</x>".repeat(depth));
        return utf8(b.append("</item></channel></rss>").toString());
    }

    static byte[] quadraticBlowup() {
        String big = "a".repeat(50_000);
        return utf8("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"" + big + "\">]><rss version=\"2.0\"><channel>"
                + "<title>" + "&a;".repeat(50_000) + "</title></channel></rss>");
    }

    static byte[] binaryGarbage() {
        byte[] out = new byte[64 * 1024];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < out.length; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            out[i] = (byte) x;
        }
        return out;
    }

    /** {@code size} bytes of zeros, gzip-compressed (about 1,000:1). */
    static byte[] gzipZeros(long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1 << 16];
            for (long written = 0; written < size; written += zeros.length) {
                gz.write(zeros);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
