package io.kawat.platform.http;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.kawat.platform.contract.OpenApiDocument;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of a service: {@code /health}, {@code /ready} and {@code /metrics} (Prometheus) on every service,
 * plus whatever routes the service adds to {@link #app()} before {@link #start()}, and the service's OpenAPI document
 * at {@code /openapi.json} ({@link OpenApiDocument}). {@link #start()} refuses to start when the routes and the document
 * disagree. Binds 127.0.0.1 by default.
 */
public final class AdminServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AdminServer.class);

    private static final Set<HandlerType> HTTP_METHODS =
            Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

    private final String serviceName;
    private final String host;
    private final int port;
    private final Javalin app;
    private final Set<String> routes = new TreeSet<>();
    private final OpenApiDocument openApi;

    public AdminServer(
            String serviceName, String host, int port, PrometheusMeterRegistry metrics, BooleanSupplier ready) {
        this.serviceName = serviceName;
        this.host = host;
        this.port = port;
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = 1_000_000L;
            config.events(events -> events.handlerAdded(h -> {
                if (HTTP_METHODS.contains(h.getHttpMethod())) {
                    routes.add(h.getHttpMethod().name() + " " + h.getPath());
                }
            }));
        });
        this.openApi = OpenApiDocument.forService(serviceName);
        String openApiJson = openApi.json().toString();
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApiJson));
        app.get("/health", ctx -> ctx.json(Map.of("service", serviceName, "status", "UP")));
        app.get("/ready", ctx -> {
            boolean isReady = ready.getAsBoolean();
            ctx.status(isReady ? 200 : 503).json(Map.of("service", serviceName, "ready", isReady));
        });
        app.get(
                "/metrics",
                ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                        .result(metrics.scrape()));
    }

    /** {@code port}, or a free loopback port when it is 0 (for services that must know their port before start). */
    public static int resolvePort(int port) {
        if (port != 0) {
            return port;
        }
        try (java.net.ServerSocket socket =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("No free port on 127.0.0.1", e);
        }
    }

    /** The Javalin app, to add the service's own routes. */
    public Javalin app() {
        return app;
    }

    public AdminServer start() {
        List<String> mismatches = openApi.mismatches(routes);
        if (!mismatches.isEmpty()) {
            throw new IllegalStateException(serviceName + " routes and its OpenAPI document disagree: " + mismatches);
        }
        app.start(host, port);
        log.info("{} HTTP on {}", serviceName, url());
        return this;
    }

    /** The routes registered so far, as {@code "GET /api/articles/{id}"}. */
    public Set<String> routes() {
        return Set.copyOf(routes);
    }

    /** The bound port (the real one when 0 was configured). */
    public int port() {
        return app.port();
    }

    public String url() {
        return "http://" + host + ":" + port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
