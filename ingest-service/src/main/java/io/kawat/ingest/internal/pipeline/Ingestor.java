package io.kawat.ingest.internal.pipeline;

import io.kawat.ingest.internal.parse.ParseContext;
import io.kawat.ingest.internal.parse.ParsedDocument;
import io.kawat.ingest.internal.parse.WireParseException;
import io.kawat.ingest.internal.parse.WireParsers;
import io.kawat.ingest.internal.source.SourceConfig;
import io.kawat.ingest.internal.version.StoryLog;
import io.kawat.ingest.internal.version.VersionGate;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The one path every door takes: parse the document (format sniffed from content), decide versions, emit what is
 * new. Good items of a document go through even when others in it are refused.
 */
public final class Ingestor {
    private static final Logger log = LoggerFactory.getLogger(Ingestor.class);

    private final WireParsers parsers;
    private final StoryLog storyLog;
    private final MeterRegistry metrics;
    private final Clock clock;

    public Ingestor(WireParsers parsers, StoryLog storyLog, MeterRegistry metrics, Clock clock) {
        this.parsers = parsers;
        this.storyLog = storyLog;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Ingests one document from {@code source} arriving through {@code feedId}. */
    public IngestOutcome ingest(byte[] raw, String contentType, SourceConfig source, String feedId) {
        MDC.put("source", source.id());
        try {
            metrics.counter("kawat_ingest_bytes_total", "source", source.id()).increment(raw.length);
            ParsedDocument document;
            try {
                document = parsers.parse(
                        raw,
                        contentType,
                        new ParseContext(
                                source.id(),
                                displayName(source, null),
                                feedId,
                                source.language(),
                                source.credit(),
                                clock));
            } catch (WireParseException e) {
                metrics.counter("kawat_ingest_items_total", "source", source.id(), "result", "rejected")
                        .increment();
                log.warn(
                        "Refused a document from {}: {} {}",
                        source.id(),
                        e.error().code(),
                        e.getMessage());
                return IngestOutcome.refused(source.id(), e.error().code(), e.getMessage());
            }
            String sourceName = displayName(source, document.title());
            List<io.kawat.schemas.avro.WireStory> stories = document.stories().stream()
                    .map(s -> io.kawat.schemas.avro.WireStory.newBuilder(s)
                            .setSourceName(sourceName)
                            .build())
                    .toList();
            List<VersionGate.Decision> decisions = storyLog.append(stories);
            return outcome(source, sourceName, document, decisions);
        } finally {
            MDC.remove("source");
        }
    }

    private IngestOutcome outcome(
            SourceConfig source, String sourceName, ParsedDocument document, List<VersionGate.Decision> decisions) {
        List<String> accepted = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<IngestOutcome.Rejection> rejected = new ArrayList<>();
        document.rejections()
                .forEach(r -> rejected.add(new IngestOutcome.Rejection(
                        r.index(), r.guid(), r.code().code(), r.message())));
        for (VersionGate.Decision d : decisions) {
            String id = d.story().getStoryId();
            switch (d.verdict()) {
                case NEW, UPDATED -> accepted.add(id);
                case UNCHANGED -> unchanged.add(id);
                case STALE ->
                    rejected.add(new IngestOutcome.Rejection(
                            -1,
                            d.story().getProviderGuid(),
                            "KWT-3002",
                            "stale version: a newer version of " + id + " was already received"));
            }
            metrics.counter(
                            "kawat_ingest_items_total",
                            "source",
                            source.id(),
                            "result",
                            d.verdict().name().toLowerCase(java.util.Locale.ROOT))
                    .increment();
        }
        metrics.counter("kawat_ingest_items_total", "source", source.id(), "result", "rejected")
                .increment(document.rejections().size());
        log.info(
                "{}: {} new or updated, {} unchanged, {} refused ({} items, {})",
                source.id(),
                accepted.size(),
                unchanged.size(),
                rejected.size(),
                decisions.size(),
                document.format());
        return new IngestOutcome(
                source.id(), sourceName, document.format().name(), accepted, unchanged, rejected, null);
    }

    /** The configured name, else what the document says (feed title, NewsML provider), else the id. */
    private static String displayName(SourceConfig source, String documentTitle) {
        if (source.name() != null) {
            return source.name();
        }
        return documentTitle != null && !documentTitle.isBlank() ? documentTitle.strip() : source.id();
    }
}
