package io.kawat.ingest.internal.parse;

import io.kawat.ingest.internal.safety.CharsetSniffer;
import io.kawat.ingest.internal.safety.DecodedText;
import io.kawat.ingest.internal.safety.HtmlSanitizer;
import io.kawat.ingest.internal.safety.XmlProlog;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of wire-format parsing. Sniffs the format from the content (never from a file name or Content-Type),
 * decodes the charset (byte order mark, header charset, XML declaration, detection), and dispatches to the parser
 * of RSS, RDF, Atom, NewsML-G2, NewsML 1, NITF, ninjs, AP Media JSON, IPTC 7901 or ANPA 1312.
 *
 * <p>Whole-document failures throw {@link WireParseException}; bad items become {@link ItemRejection}s beside the
 * good stories. Thread-safe: one instance can serve every feed.
 */
public final class WireParsers {

    private static final Logger LOG = LoggerFactory.getLogger(WireParsers.class);

    private final ParseLimits limits;
    private final CharsetSniffer charsets = new CharsetSniffer();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final XmlDocuments xml = new XmlDocuments();
    private final JsonDocuments json;

    public WireParsers(ParseLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.json = new JsonDocuments(limits);
    }

    /**
     * Parses one document.
     *
     * @param raw the bytes as received
     * @param contentTypeHeader the transport Content-Type, nullable; only its charset parameter is used
     * @param ctx provenance stamped on every story
     */
    public ParsedDocument parse(byte[] raw, String contentTypeHeader, ParseContext ctx) throws WireParseException {
        Objects.requireNonNull(ctx, "ctx");
        if (raw == null || raw.length == 0) {
            throw new WireParseException(ParseError.KWT_2002_EMPTY_DOCUMENT, "no bytes");
        }
        if (raw.length > limits.maxDocumentBytes()) {
            throw new WireParseException(
                    ParseError.KWT_2003_DOCUMENT_TOO_LARGE,
                    raw.length + " bytes, more than the maximum of " + limits.maxDocumentBytes());
        }
        DecodedText decoded = charsets.decode(raw, contentTypeHeader);
        if (decoded.overridden()) {
            LOG.info(
                    "feed {}: the declared charset does not match the bytes; decoded as {}",
                    ctx.feedId(),
                    decoded.charset().name());
        }
        String text = decoded.text();
        String trimmed = text.stripLeading();
        if (trimmed.isEmpty()) {
            throw new WireParseException(ParseError.KWT_2002_EMPTY_DOCUMENT, "only whitespace");
        }
        char first = trimmed.charAt(0);
        if (first == '<') {
            return parseXml(trimmed, ctx);
        }
        if (first == '{' || first == '[') {
            return parseJson(trimmed, ctx);
        }
        return parseTextWire(text, ctx);
    }

    private ParsedDocument parseXml(String text, ParseContext ctx) throws WireParseException {
        XmlProlog prolog = XmlProlog.scan(text);
        WireFormat format = xml.sniff(prolog);
        ItemCollector items = collector(format, ctx);
        xml.read(text, prolog, format, items);
        return items.finish();
    }

    private ParsedDocument parseJson(String text, ParseContext ctx) throws WireParseException {
        JsonDocuments.Classified doc = json.classify(text);
        ItemCollector items = collector(doc.format(), ctx);
        JsonDocuments.read(doc, items);
        return items.finish();
    }

    private ParsedDocument parseTextWire(String text, ParseContext ctx) throws WireParseException {
        String body = text.stripLeading();
        WireFormat format;
        if (AnpaFormat.looksLike(body)) {
            format = WireFormat.ANPA;
        } else if (Iptc7901Format.looksLike(body)) {
            format = WireFormat.IPTC7901;
        } else {
            throw new WireParseException(ParseError.KWT_2001_UNKNOWN_FORMAT, describeUnknown(body));
        }
        int stx = body.indexOf('\u0002');
        if (stx < 0 || body.indexOf('\u0003', stx) < 0) {
            throw new WireParseException(
                    ParseError.KWT_2010_INVALID_TEXT_WIRE, format + " message without STX/ETX (truncated?)");
        }
        ItemCollector items = collector(format, ctx);
        items.acceptMore();
        items.item(d -> {
            if (format == WireFormat.ANPA) {
                AnpaFormat.map(body, d);
            } else {
                Iptc7901Format.map(body, d);
            }
        });
        return items.finish();
    }

    private ItemCollector collector(WireFormat format, ParseContext ctx) {
        return new ItemCollector(format, ctx, limits, new StoryFactory(format, ctx, limits, sanitizer));
    }

    private static String describeUnknown(String text) {
        String sample = text.substring(0, Math.min(text.length(), 512));
        long control = sample.chars()
                .filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')
                .count();
        if (sample.indexOf('\u0000') >= 0 || control > sample.length() / 10) {
            return "binary content, not a wire format";
        }
        return "text that starts like no supported format: '" + Texts.clip(Texts.collapse(sample), 60) + "'";
    }
}
