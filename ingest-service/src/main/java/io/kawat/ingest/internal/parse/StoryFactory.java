package io.kawat.ingest.internal.parse;

import io.kawat.ingest.internal.safety.HtmlSanitizer;
import io.kawat.ingest.internal.safety.SanitizedHtml;
import io.kawat.schemas.avro.Media;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.avro.ZonedTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Validates a {@link StoryDraft} and builds the {@link WireStory}: story id, provenance, headline without agency
 * prefixes, sanitised body with its plain text, normalised language, field-length caps and the content hash.
 * Missing guid, missing headline and over-long fields throw {@link ItemRejectedException}.
 */
final class StoryFactory {

    /** Provider ids end up in Kafka keys and URLs; longer ones are not ids. */
    static final int MAX_GUID_CHARS = 1024;

    private final WireFormat format;
    private final ParseContext ctx;
    private final ParseLimits limits;
    private final HtmlSanitizer sanitizer;

    StoryFactory(WireFormat format, ParseContext ctx, ParseLimits limits, HtmlSanitizer sanitizer) {
        this.format = format;
        this.ctx = ctx;
        this.limits = limits;
        this.sanitizer = sanitizer;
    }

    /** The provider id the draft will get, or null when it has none. */
    static String guidOf(StoryDraft draft) {
        return Texts.clean(draft.guid);
    }

    WireStory build(StoryDraft d) {
        String guid = guidOf(d);
        if (guid == null) {
            throw new ItemRejectedException(ParseError.KWT_2101_MISSING_GUID, "item has no guid, link or id");
        }
        capped("guid", guid, MAX_GUID_CHARS);
        String headline = HeadlineSignals.strip(plain(d.headline), d.signals);
        if (headline == null) {
            throw new ItemRejectedException(ParseError.KWT_2102_MISSING_HEADLINE, "item " + guid + " has no headline");
        }
        String standfirst = plain(d.standfirst);
        String url = Texts.clean(d.url);
        SanitizedHtml body = body(d, url, headline);
        capped("headline", headline, limits.maxFieldChars());
        capped("standfirst", standfirst, limits.maxFieldChars());
        capped("body", body.html(), limits.maxFieldChars());
        capped("byline", d.byline, limits.maxFieldChars());
        String dateline = Datelines.choose(d.dateline, body.text(), d.place);
        capped("dateline", dateline, limits.maxFieldChars());
        capped("url", url, limits.maxFieldChars());
        return WireStory.newBuilder()
                .setStoryId(ctx.sourceId() + ":" + guid)
                .setSourceId(ctx.sourceId())
                .setSourceName(ctx.sourceName())
                .setFeedId(ctx.feedId())
                .setProviderGuid(guid)
                .setProviderVersion(Texts.clean(d.version))
                .setVersionSeq(0L)
                .setPubStatus(d.pubStatus)
                .setSignals(new ArrayList<>(d.signals))
                .setUrgency(d.urgency)
                .setFirstCreated(d.firstCreated)
                .setVersionCreated(d.versionCreated != null ? d.versionCreated : d.firstCreated)
                .setReceivedAt(receivedAt())
                .setEmbargoedUntil(d.embargoedUntil)
                .setHeadline(headline)
                .setStandfirst(standfirst)
                .setBodyHtml(body.html())
                .setBodyText(body.text())
                .setByline(Texts.clean(d.byline))
                .setDateline(dateline)
                .setLanguage(language(d.language))
                .setUrl(url)
                .setSubjects(capped("subjects", new ArrayList<>(d.subjects)))
                .setCategories(capped("categories", new ArrayList<>(d.categories)))
                .setMedia(media(d.media))
                .setFormat(format.name())
                .setContentHash(ContentHash.of(headline, standfirst, body.text(), d.pubStatus))
                .build();
    }

    private SanitizedHtml body(StoryDraft d, String url, String headline) {
        if (d.bodyHtml != null && !d.bodyHtml.isBlank()) {
            return sanitizer.sanitize(d.bodyHtml, url, headline);
        }
        if (d.bodyPlain != null && !d.bodyPlain.isBlank()) {
            return sanitizer.sanitize(PlainText.toHtml(d.bodyPlain), url, null);
        }
        return SanitizedHtml.EMPTY;
    }

    /** Plain text of a field that may carry markup or entities (RSS titles often do). */
    private String plain(String s) {
        if (s == null) {
            return null;
        }
        String text = s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? sanitizer.toPlainText(s) : s;
        return Texts.clean(text);
    }

    private ZonedTime receivedAt() {
        OffsetDateTime now = OffsetDateTime.now(ctx.clock());
        return WireDates.zoned(now.toInstant(), now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    private String language(String declared) {
        String tag = normaliseLanguage(declared);
        return tag != null ? tag : normaliseLanguage(ctx.languageHint());
    }

    static String normaliseLanguage(String raw) {
        String cleaned = Texts.clean(raw);
        if (cleaned == null) {
            return null;
        }
        String tag = Locale.forLanguageTag(cleaned.replace('_', '-')).toLanguageTag();
        return tag.equals("und") ? null : tag;
    }

    private List<Media> media(List<Media> media) {
        List<Media> out = new ArrayList<>();
        for (Media m : media) {
            capped("media caption", m.getCaption(), limits.maxFieldChars());
            if (m.getCredit() == null && ctx.defaultCredit() != null) {
                m.setCredit(ctx.defaultCredit());
            }
            out.add(m);
        }
        return out;
    }

    private List<String> capped(String field, List<String> values) {
        values.forEach(v -> capped(field, v, limits.maxFieldChars()));
        return values;
    }

    private static void capped(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new ItemRejectedException(
                    ParseError.KWT_2104_FIELD_TOO_LONG,
                    field + " has " + value.length() + " characters, more than the maximum of " + max);
        }
    }
}
