package io.kawat.ingest.internal.parse;

import io.kawat.schemas.avro.WireStory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the items of one document as a format parser reads them, and turns them into stories and rejections at
 * the end, when document-level defaults (feed language, feed author) are known. One bad item only produces a
 * rejection. Within one document the first item with a given provider id wins; later ones are rejected as
 * duplicates ({@link ParseError#KWT_2105_DUPLICATE_GUID}).
 */
final class ItemCollector {

    private static final Logger LOG = LoggerFactory.getLogger(ItemCollector.class);

    private final WireFormat format;
    private final ParseContext ctx;
    private final ParseLimits limits;
    private final StoryFactory factory;
    private final List<Pending> pending = new ArrayList<>();
    private final List<ItemRejection> rejections = new ArrayList<>();
    private final List<NewsPackage> packages = new ArrayList<>();
    private int index;
    private boolean limitReported;
    private String title;
    private String defaultLanguage;
    private String defaultByline;

    ItemCollector(WireFormat format, ParseContext ctx, ParseLimits limits, StoryFactory factory) {
        this.format = format;
        this.ctx = ctx;
        this.limits = limits;
        this.factory = factory;
    }

    void title(String value) {
        title = title == null ? Texts.clean(value) : title;
    }

    void defaultLanguage(String value) {
        defaultLanguage = defaultLanguage == null ? Texts.clean(value) : defaultLanguage;
    }

    void defaultByline(String value) {
        defaultByline = defaultByline == null ? Texts.clean(value) : defaultByline;
    }

    int count() {
        return index;
    }

    /** False once {@link ParseLimits#maxItems()} items were read; the first refusal is recorded as a rejection. */
    boolean acceptMore() {
        if (index < limits.maxItems()) {
            return true;
        }
        if (!limitReported) {
            limitReported = true;
            reject(
                    index,
                    null,
                    ParseError.KWT_2008_TOO_MANY_ITEMS,
                    "more than " + limits.maxItems() + " items; reading stopped at item " + index);
        }
        return false;
    }

    /** Maps one item; a failure rejects only this item. */
    void item(Consumer<StoryDraft> mapper) {
        int at = index++;
        StoryDraft draft = new StoryDraft();
        try {
            mapper.accept(draft);
            pending.add(new Pending(at, draft));
        } catch (ItemRejectedException e) {
            reject(at, StoryFactory.guidOf(draft), e.error(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("feed {}: item {} could not be mapped", ctx.feedId(), at, e);
            reject(at, StoryFactory.guidOf(draft), ParseError.KWT_2106_INVALID_ITEM, String.valueOf(e.getMessage()));
        }
    }

    /** Records a package (a grouping of items by reference): an item of the document, but not a story. */
    void newsPackage(String guid, String version, List<String> itemRefs) {
        NewsPackage p = new NewsPackage(index++, Texts.clean(guid), Texts.clean(version), itemRefs);
        packages.add(p);
        LOG.info(
                "feed {}: item {} is a package ({}, version {}) grouping {} item(s) {}: recorded as their grouping,"
                        + " not a story",
                ctx.feedId(),
                p.index(),
                p.guid() == null ? "no guid" : p.guid(),
                p.version(),
                p.itemRefs().size(),
                p.itemRefs());
    }

    /** Records that the document breaks here; the items read so far are kept. */
    void truncated(String detail) {
        reject(
                index,
                null,
                ParseError.KWT_2009_DOCUMENT_TRUNCATED,
                "document breaks after " + pending.size() + " complete item(s): " + detail);
    }

    ParsedDocument finish() {
        List<WireStory> stories = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Pending p : pending) {
            StoryDraft d = p.draft();
            d.language = d.language != null ? d.language : defaultLanguage;
            d.byline = d.byline != null ? d.byline : defaultByline;
            String guid = StoryFactory.guidOf(d);
            if (guid != null && !seen.add(guid)) {
                reject(
                        p.index(),
                        guid,
                        ParseError.KWT_2105_DUPLICATE_GUID,
                        "guid " + guid + " already used by an "
                                + "earlier item of this document; the first one is kept");
                continue;
            }
            try {
                WireStory story = factory.build(d);
                d.warnings.forEach(w -> LOG.warn("feed {} story {}: {}", ctx.feedId(), story.getStoryId(), w));
                stories.add(story);
            } catch (ItemRejectedException e) {
                reject(p.index(), guid, e.error(), e.getMessage());
            }
        }
        rejections.sort(Comparator.comparingInt(ItemRejection::index));
        return new ParsedDocument(format, title, stories, rejections, packages);
    }

    private void reject(int at, String guid, ParseError error, String message) {
        LOG.info("feed {}: item {} ({}) rejected: {} {}", ctx.feedId(), at, guid, error.code(), message);
        rejections.add(new ItemRejection(at, guid, error, message));
    }

    private record Pending(int index, StoryDraft draft) {}
}
