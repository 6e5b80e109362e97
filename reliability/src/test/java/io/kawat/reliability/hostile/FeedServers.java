package io.kawat.reliability.hostile;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.kawat.reliability.hostile.HostileCase.Payload;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One loopback HTTP server per feed case, each on its own 127.0.0.x address so that the fetcher's per-host politeness
 * does not serialise the cases. Nothing here ever answers on or points at a non-loopback address except the
 * redirect targets that the fetcher must refuse.
 */
final class FeedServers implements AutoCloseable {
    private final List<HttpServer> servers = new ArrayList<>();

    /** Serves {@code payload} at "/" on 127.0.0.{@code hostByte}; returns the feed URL. */
    URI serve(int hostByte, Payload payload) {
        HttpServer server = start(hostByte);
        String base = "http://127.0.0." + hostByte + ":" + server.getAddress().getPort();
        server.createContext("/", exchange -> answer(exchange, payload, base));
        return URI.create(base + "/");
    }

    /** A server whose handler blocks in {@code handler} (a slow server); returns its URL. */
    URI serveSlow(int hostByte, Runnable handler) {
        HttpServer server = start(hostByte);
        server.createContext("/", exchange -> {
            handler.run();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        return URI.create(
                "http://127.0.0." + hostByte + ":" + server.getAddress().getPort() + "/");
    }

    /** A server counting every request it gets, answering 404; returns its base URL (ending in "/"). */
    URI canary(int hostByte, java.util.concurrent.atomic.AtomicInteger hits) {
        HttpServer server = start(hostByte);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        return URI.create(
                "http://127.0.0." + hostByte + ":" + server.getAddress().getPort() + "/");
    }

    private HttpServer start(int hostByte) {
        try {
            InetAddress address = InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) hostByte});
            HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 0);
            server.start();
            servers.add(server);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange, Payload payload, String base) throws IOException {
        for (Map.Entry<String, String> h : payload.headers().entrySet()) {
            if (h.getKey().startsWith("X-Test-")) {
                continue;
            }
            String value =
                    h.getKey().equals("Location") && h.getValue().startsWith("/") ? base + h.getValue() : h.getValue();
            exchange.getResponseHeaders().add(h.getKey(), value);
        }
        byte[] body = payload.body();
        exchange.sendResponseHeaders(payload.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // the fetcher may stop reading at its cap: that is the behaviour under test, not a failure here
            exchange.close();
        }
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
    }
}
