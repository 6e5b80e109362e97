package io.kawat.ingest;

import io.kawat.ingest.internal.parse.ParseContext;
import io.kawat.ingest.internal.parse.ParseLimits;
import io.kawat.ingest.internal.parse.WireParseException;
import io.kawat.ingest.internal.parse.WireParsers;
import io.kawat.schemas.avro.WireStory;
import java.time.Clock;
import java.util.List;

/**
 * Ingest's wire parsers as the service runs them (format sniffing, charset decoding, hardened XML, the default parse
 * limits), for tools outside the service: the bench's story generator and load driver.
 */
public final class WireDocuments {

    /**
     * Where a document comes from, stamped on its stories.
     *
     * @param sourceId configured source id; story ids are {@code sourceId + ":" + providerGuid}
     * @param sourceName display name of the source
     * @param feedId feed or door the document arrives through
     * @param languageHint language used when the document declares none (BCP 47), nullable
     */
    public record Origin(String sourceId, String sourceName, String feedId, String languageHint) {}

    /** A document that is not a wire document Kawat reads (the message says why). */
    public static final class UnreadableDocumentException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableDocumentException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final WireParsers parsers = new WireParsers(ParseLimits.defaults());

    /** The stories of a document, as ingest would emit them (before version tracking). */
    public List<WireStory> stories(byte[] body, String contentType, Origin origin) throws UnreadableDocumentException {
        ParseContext ctx = new ParseContext(
                origin.sourceId(),
                origin.sourceName(),
                origin.feedId(),
                origin.languageHint(),
                null,
                Clock.systemUTC());
        try {
            return parsers.parse(body, contentType, ctx).stories();
        } catch (WireParseException e) {
            throw new UnreadableDocumentException(e.getMessage(), e);
        }
    }
}
