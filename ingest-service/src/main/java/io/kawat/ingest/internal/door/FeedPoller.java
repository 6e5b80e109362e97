package io.kawat.ingest.internal.door;

import io.kawat.ingest.internal.fetch.FeedFetcher;
import io.kawat.ingest.internal.fetch.FetchRequest;
import io.kawat.ingest.internal.fetch.FetchResult;
import io.kawat.ingest.internal.health.FeedHealth;
import io.kawat.ingest.internal.pipeline.IngestOutcome;
import io.kawat.ingest.internal.pipeline.Ingestor;
import io.kawat.ingest.internal.source.SourceConfig;
import io.kawat.ingest.internal.source.SourceType;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one feed: an HTTP feed through the fetcher (conditional GET with the validators of the last answer), a drop
 * folder by scanning it. Updates the feed's health after every poll. One poll at a time per feed.
 */
public final class FeedPoller {
    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    private final SourceConfig source;
    private final Ingestor ingestor;
    private final FeedFetcher fetcher;
    private final DropFolder folder;
    private final FeedHealth health;
    private String etag;
    private String lastModified;

    public FeedPoller(SourceConfig source, Ingestor ingestor, FeedFetcher fetcher, FeedHealth health, long maxBytes) {
        this.source = source;
        this.ingestor = ingestor;
        this.fetcher = fetcher;
        this.health = health;
        this.folder = source.type() == SourceType.FOLDER ? new DropFolder(source, ingestor, maxBytes) : null;
    }

    public SourceConfig source() {
        return source;
    }

    public FeedHealth health() {
        return health;
    }

    /** Polls once; never throws: failures become the feed's health. */
    public synchronized void poll() {
        try {
            if (folder != null) {
                List<IngestOutcome> outcomes = folder.scan();
                if (!outcomes.isEmpty() || health.state() == io.kawat.schemas.avro.FeedState.UNKNOWN) {
                    health.pollSucceeded(
                            null,
                            outcomes.stream().mapToInt(o -> o.accepted().size()).sum());
                }
            } else {
                pollHttp();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Poll of {} failed: {}", source.id(), e.toString());
            health.pollFailed(null, "KWT-1002", e.getMessage(), false);
        }
    }

    private void pollHttp() {
        FetchResult result = fetcher.fetch(
                new FetchRequest(source.url(), etag, lastModified, source.allowPrivateNetwork(), source.headers()));
        if (result instanceof FetchResult.Fetched fetched) {
            etag = fetched.etag();
            lastModified = fetched.lastModified();
            IngestOutcome outcome = ingestor.ingest(fetched.body(), fetched.contentType(), source, source.feedId());
            if (outcome.documentRefused()) {
                health.pollFailed(
                        fetched.status(),
                        outcome.error().code(),
                        outcome.error().message(),
                        true);
            } else {
                health.pollSucceeded(fetched.status(), outcome.accepted().size());
            }
        } else if (result instanceof FetchResult.NotModified) {
            health.pollSucceeded(304, 0);
        } else if (result instanceof FetchResult.Failed failed) {
            log.warn("Poll of {} failed: {} {}", source.id(), failed.error().code(), failed.message());
            health.pollFailed(failed.httpStatus(), failed.error().code(), failed.message(), failed.permanent());
        }
    }
}
