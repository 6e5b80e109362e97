package io.kawat.ingest.internal.door;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.kawat.ingest.internal.pipeline.IngestOutcome;
import io.kawat.ingest.internal.pipeline.Ingestor;
import io.kawat.ingest.internal.source.SourceConfig;
import io.kawat.platform.http.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;

/**
 * {@code POST /ingest/{sourceId}}: an authenticated push of any supported document. 202 with the accepted story ids
 * and per-item rejections; 400 (unreadable document or bad source id), 401 (missing or wrong token), 413 (too large)
 * and 415 (not a document type) with a JSON reason.
 */
public final class PushEndpoint {
    private static final List<String> ACCEPTED_TYPES = List.of(
            "application/xml",
            "text/xml",
            "application/json",
            "text/plain",
            "application/octet-stream",
            "application/rss+xml",
            "application/atom+xml",
            "application/rdf+xml",
            "application/ninjs+json",
            "text/html");

    private final Ingestor ingestor;
    private final Function<String, SourceConfig> sources;
    private final String token;
    private final int maxBytes;
    private final ObjIntConsumer<SourceConfig> pushed;

    /** {@code sources} gives the configured source for an id, or null for one named on the spot. */
    /** @param pushed told of every accepted document: the source and how many items were new or changed */
    public PushEndpoint(
            Ingestor ingestor,
            Function<String, SourceConfig> sources,
            String token,
            int maxBytes,
            ObjIntConsumer<SourceConfig> pushed) {
        this.ingestor = ingestor;
        this.pushed = pushed;
        this.sources = sources;
        this.token = token;
        this.maxBytes = maxBytes;
    }

    public void register(Javalin app) {
        app.post("/ingest/{sourceId}", this::push);
    }

    private void push(Context ctx) throws IOException {
        if (!Tokens.bearerMatches(ctx.header("Authorization"), token)) {
            reject(
                    ctx,
                    401,
                    "KWT-3001",
                    token.isEmpty()
                            ? "push is disabled: no push token is configured"
                            : "missing or wrong bearer token");
            return;
        }
        String sourceId = ctx.pathParam("sourceId");
        if (!sourceId.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            reject(ctx, 400, "KWT-3003", "source id must be lower case letters, digits and dashes");
            return;
        }
        String type = mediaType(ctx.contentType());
        if (!ACCEPTED_TYPES.contains(type) && !type.endsWith("+xml") && !type.endsWith("+json")) {
            reject(ctx, 415, "KWT-3004", "unsupported content type '" + type + "': send XML, JSON or text");
            return;
        }
        long declared = ctx.contentLength();
        if (declared > maxBytes) {
            reject(ctx, 413, "KWT-3005", "body of " + declared + " bytes is over the limit of " + maxBytes);
            return;
        }
        byte[] body = readCapped(ctx.req().getInputStream());
        if (body == null) {
            reject(ctx, 413, "KWT-3005", "body is over the limit of " + maxBytes + " bytes");
            return;
        }
        SourceConfig configured = sources.apply(sourceId);
        SourceConfig source = configured != null ? configured : SourceConfig.adHoc(sourceId);
        IngestOutcome outcome = ingestor.ingest(body, ctx.contentType(), source, "push:" + sourceId);
        if (outcome.documentRefused()) {
            reject(ctx, 400, outcome.error().code(), outcome.error().message());
            return;
        }
        pushed.accept(source, outcome.accepted().size());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("source", outcome.sourceId());
        answer.put("sourceName", outcome.sourceName());
        answer.put("format", outcome.format());
        answer.put("accepted", outcome.accepted());
        answer.put("unchanged", outcome.unchanged());
        answer.put("rejected", outcome.rejected());
        ctx.status(202).json(answer);
    }

    private byte[] readCapped(InputStream in) throws IOException {
        byte[] body = in.readNBytes(maxBytes + 1);
        return body.length > maxBytes ? null : body;
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "application/octet-stream";
        }
        return contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    private static void reject(Context ctx, int status, String code, String reason) {
        ctx.status(status).json(Map.of("status", status, "code", code, "error", reason));
    }
}
