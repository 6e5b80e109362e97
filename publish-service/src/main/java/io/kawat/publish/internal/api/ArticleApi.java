package io.kawat.publish.internal.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.kawat.platform.streams.StreamsRunner;
import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.publish.internal.feed.FeedInfo;
import io.kawat.publish.internal.feed.FeedWriter;
import io.kawat.publish.internal.ninjs.NinjsMapper;
import io.kawat.publish.internal.render.ArticleHtmlRenderer;
import io.kawat.publish.internal.render.ArticleLinks;
import io.kawat.publish.internal.topology.PublishStores;
import io.kawat.schemas.avro.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The article API on the publish service's HTTP server: articles as ninjs and HTML, their versions, feeds per edition
 * and topic (Atom, RSS 2.0, JSON Feed), and a resumable Server-Sent Events stream. Reads the article store through
 * interactive queries.
 */
public final class ArticleApi {
    private static final String CSP =
            "default-src 'none'; img-src https: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private final StreamsRunner runner;
    private final ArticleEvents events;
    private final String publicUrl;
    private final NinjsMapper ninjs;
    private final ArticleHtmlRenderer html;
    private final FeedWriter feeds;

    private final Forwarder forwarder;

    /** {@code self} is this instance's {@code application.server}, or null when it runs alone. */
    public ArticleApi(StreamsRunner runner, ArticleEvents events, String publicUrl, Chrome chrome, HostInfo self) {
        this.runner = runner;
        this.forwarder = new Forwarder(runner, self);
        this.events = events;
        this.publicUrl = publicUrl;
        this.ninjs = new NinjsMapper(chrome);
        this.html = new ArticleHtmlRenderer(chrome);
        this.feeds = new FeedWriter(ArticleLinks.prefixed(publicUrl));
    }

    public void register(Javalin app) {
        app.get("/api/articles", this::list);
        app.get("/api/articles/{id}", this::one);
        app.get("/api/articles/{id}/versions", this::versions);
        app.get("/api/feeds/{language}/{file}", this::feed);
        app.sse("/api/stream", this::stream);
        app.exception(
                InvalidStateStoreException.class,
                (e, ctx) -> ApiError.NOT_READY.send(
                        ctx, "the article store is not ready yet (" + e.getMessage() + "); retry shortly"));
        app.exception(
                ApiError.BadParameterException.class, (e, ctx) -> ApiError.BAD_PARAMETER.send(ctx, e.getMessage()));
    }

    private void list(Context ctx) throws Exception {
        if (forwarder.answeredByOwner(ctx)) {
            return;
        }
        ArticleQuery query = new ArticleQuery(
                ctx.queryParam("language"),
                ctx.queryParam("topic"),
                ctx.queryParam("source"),
                instantParam(ctx, "since"),
                ctx.queryParam("q"),
                booleanParam(ctx, "withdrawn"),
                intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE),
                intParam(ctx, "limit", 20, 1, 200));
        List<Article> matching = query.apply(all());
        List<ObjectNode> page = matching.stream()
                .skip(query.offset())
                .limit(query.limit())
                .map(ninjs::toNinjs)
                .toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("total", matching.size());
        answer.put("offset", query.offset());
        answer.put("limit", query.limit());
        answer.put("items", page);
        ctx.json(answer);
    }

    private void one(Context ctx) throws Exception {
        if (forwarder.answeredByOwner(ctx)) {
            return;
        }
        String id = ctx.pathParam("id");
        boolean asHtml = id.endsWith(".html");
        Article article = store(PublishStores.ARTICLES).get(asHtml ? id.substring(0, id.length() - 5) : id);
        if (article == null) {
            ApiError.NOT_FOUND.send(ctx, "no article " + id);
        } else if (asHtml) {
            ctx.header("Content-Security-Policy", CSP)
                    .header("X-Content-Type-Options", "nosniff")
                    .contentType("text/html; charset=utf-8")
                    .result(html.render(article));
        } else {
            ctx.json(ninjs.toNinjs(article));
        }
    }

    private void versions(Context ctx) throws Exception {
        if (forwarder.answeredByOwner(ctx)) {
            return;
        }
        String id = ctx.pathParam("id");
        List<ObjectNode> found = new ArrayList<>();
        try (KeyValueIterator<String, Article> it = store(PublishStores.VERSIONS)
                .prefixScan(id + "|", new org.apache.kafka.common.serialization.StringSerializer())) {
            it.forEachRemaining(kv -> found.add(ninjs.toNinjs(kv.value)));
        }
        if (found.isEmpty()) {
            ApiError.NOT_FOUND.send(ctx, "no article " + id);
        } else {
            ctx.json(found);
        }
    }

    private void feed(Context ctx) throws Exception {
        if (forwarder.answeredByOwner(ctx)) {
            return;
        }
        String language = ctx.pathParam("language");
        String file = ctx.pathParam("file");
        int dot = file.lastIndexOf('.');
        String name = dot < 0 ? file : file.substring(0, dot);
        String format = dot < 0 ? "" : file.substring(dot + 1);
        String topic = name.equals("all") ? null : name;
        List<Article> items = new ArticleQuery(language, topic, null, null, null, false, 0, 50)
                .apply(all()).stream().limit(50).toList();
        FeedInfo info = new FeedInfo(
                "Kawat " + language + (topic == null ? "" : " " + topic),
                publicUrl + ctx.path(),
                publicUrl + "/api/articles?language=" + language);
        switch (format) {
            case "atom" ->
                ctx.contentType("application/atom+xml; charset=utf-8").result(feeds.atom(info, items));
            case "rss" -> ctx.contentType("application/rss+xml; charset=utf-8").result(feeds.rss(info, items));
            case "json" ->
                ctx.contentType("application/feed+json; charset=utf-8").result(feeds.jsonFeed(info, items));
            default -> ApiError.UNKNOWN_FEED_FORMAT.send(ctx, "feeds are <name>.atom, <name>.rss or <name>.json");
        }
    }

    private void stream(SseClient client) {
        client.keepAlive();
        String lastId = client.ctx().header("Last-Event-ID");
        long after = lastId == null || !lastId.matches("\\d+") ? 0 : Long.parseLong(lastId);
        Consumer<ArticleEvents.Event> send = event ->
                client.sendEvent("article", ninjs.toNinjs(event.article()).toString(), String.valueOf(event.id()));
        synchronized (events) {
            events.since(after).forEach(send);
            events.addListener(send);
        }
        client.onClose(() -> events.removeListener(send));
    }

    private List<Article> all() {
        List<Article> all = new ArrayList<>();
        try (KeyValueIterator<String, Article> it =
                store(PublishStores.ARTICLES).all()) {
            it.forEachRemaining(kv -> all.add(kv.value));
        }
        return all;
    }

    private ReadOnlyKeyValueStore<String, Article> store(String name) {
        return runner.streams().store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore()));
    }

    private static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                throw new ApiError.BadParameterException(
                        name + " must be from " + min + " to " + max + ", not " + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new ApiError.BadParameterException(name + " must be a whole number, not '" + value + "'");
        }
    }

    private static Instant instantParam(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ApiError.BadParameterException(
                    name + " must be an ISO-8601 instant such as 2026-01-31T09:30:00Z, not '" + value + "'");
        }
    }

    private static boolean booleanParam(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ApiError.BadParameterException(name + " must be true or false, not '" + value + "'");
        };
    }
}
