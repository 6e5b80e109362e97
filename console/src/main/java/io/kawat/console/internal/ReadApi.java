package io.kawat.console.internal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What anyone who reaches the console may read: feeds, the pipeline, dead letters, jobs, the audit trail, articles
 * (the live stream and an article's rendering and versions, through the publish API), and the live channel
 * ({@code GET /api/events}, Server-Sent Events) that keeps the page current.
 */
final class ReadApi {
    /** The rendered article is the publish API's HTML in a sandboxed frame: no script, no form, no navigation out. */
    static final String PREVIEW_CSP = "sandbox allow-popups; default-src 'none'; img-src https: data:; "
            + "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    private static final int ARTICLES_ON_PAGE = 100;

    private final ConsoleParts parts;

    ReadApi(ConsoleParts parts) {
        this.parts = parts;
    }

    void register(Javalin app) {
        app.get("/api/feeds", ctx -> ctx.json(parts.feeds().views()));
        app.get("/api/pipeline", ctx -> ctx.json(pipeline()));
        app.get("/api/dead-letters/{topic}", this::deadLetters);
        app.get("/api/jobs", ctx -> ctx.json(parts.jobs().recent()));
        app.get("/api/audit", ctx -> ctx.json(parts.audit().recent()));
        app.get("/api/articles", ctx -> ctx.json(articles(filter(ctx))));
        app.get("/api/articles/{uri}/html", this::articleHtml);
        app.get(
                "/api/articles/{uri}/versions",
                ctx -> proxyJson(ctx, parts.publish().versions(ctx.pathParam("uri"))));
        app.get("/api/articles/{uri}", ctx -> proxyJson(ctx, parts.publish().article(ctx.pathParam("uri"))));
        app.sse(
                "/api/events",
                client -> parts.broadcaster().subscribe(client, filter(client.ctx()), page -> {
                    page.send(
                            "session",
                            parts.broadcaster()
                                    .text(Map.of(
                                            "signInEnabled", parts.sessions().enabled())));
                    page.send("feeds", parts.broadcaster().text(parts.feeds().views()));
                    page.send("pipeline", parts.broadcaster().text(pipeline()));
                    page.send("articles", parts.broadcaster().text(articles(page.filter())));
                    page.send("jobs", parts.broadcaster().text(parts.jobs().recent()));
                    page.send("audit", parts.broadcaster().text(parts.audit().recent()));
                }));
        app.exception(
                IOException.class,
                (e, ctx) -> ctx.status(502)
                        .json(Map.of(
                                "ok",
                                false,
                                "message",
                                "The publish API did not answer ("
                                        + e.getClass().getSimpleName() + ")")));
    }

    /** The pipeline view: rates, lag and dead-letter counts. */
    Map<String, Object> pipeline() {
        Map<String, Object> view = new LinkedHashMap<>(parts.pipeline().view());
        view.put("deadLetters", parts.deadLetters().summaries());
        return view;
    }

    Map<String, Object> articles(ArticleFilter filter) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put(
                "items",
                parts.articles().recent(filter, ARTICLES_ON_PAGE).stream()
                        .map(ArticleStream::summary)
                        .toList());
        view.put("facets", parts.articles().facets());
        return view;
    }

    private void deadLetters(Context ctx) {
        String topic = parts.deadLetters().topic(ctx.pathParam("topic"));
        if (topic == null) {
            ctx.status(404).json(Map.of("ok", false, "message", "No dead-letter topic " + ctx.pathParam("topic")));
            return;
        }
        ctx.json(parts.deadLetters().letters(topic, 200));
    }

    private void articleHtml(Context ctx) throws IOException, InterruptedException {
        PublishClient.Answer answer = parts.publish().html(ctx.pathParam("uri"));
        ctx.status(answer.status())
                .header("Content-Security-Policy", PREVIEW_CSP)
                .header("X-Content-Type-Options", "nosniff")
                .contentType(answer.ok() ? "text/html; charset=utf-8" : answer.contentType())
                .result(answer.body());
    }

    private static void proxyJson(Context ctx, PublishClient.Answer answer) {
        ctx.status(answer.status())
                .contentType(answer.contentType().isEmpty() ? "application/json" : answer.contentType())
                .result(answer.body());
    }

    private static ArticleFilter filter(Context ctx) {
        return new ArticleFilter(ctx.queryParam("language"), ctx.queryParam("topic"), ctx.queryParam("source"));
    }
}
