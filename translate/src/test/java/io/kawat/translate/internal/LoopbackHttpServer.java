package io.kawat.translate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A JDK HTTP server on 127.0.0.1 for the engine fakes: records every request, and answers the next requests with
 * queued faults (an error status with headers, or a hang until the test ends) before the engine's normal answers.
 */
abstract class LoopbackHttpServer implements AutoCloseable {
    /** A request as the fake received it. */
    record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {}

    private record Fault(int status, Map<String, String> headers, String body, boolean hang) {}

    protected static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final CountDownLatch released = new CountDownLatch(1);

    LoopbackHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::dispatch);
        server.setExecutor(executor);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** The next request not already taken by a fault gets this status, headers and body. */
    void failNext(int status, Map<String, String> headers, String body) {
        faults.add(new Fault(status, headers, body, false));
    }

    /** The next request gets no answer until the server closes. */
    void hangNext() {
        faults.add(new Fault(0, Map.of(), "", true));
    }

    /** The engine's normal answer: a status and a JSON body. */
    protected abstract Answer answer(Request request) throws IOException;

    protected record Answer(int status, Map<String, String> headers, Object json) {
        static Answer ok(Object json) {
            return new Answer(200, Map.of(), json);
        }

        static Answer error(int status, String field, String message) {
            return new Answer(status, Map.of(), Map.of(field, message));
        }
    }

    protected static JsonNode json(Request request) throws IOException {
        return JSON.readTree(request.body());
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request request = new Request(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body);
            requests.add(request);
            Fault fault = faults.poll();
            if (fault != null && fault.hang()) {
                released.await(30, TimeUnit.SECONDS);
                return;
            }
            if (fault != null) {
                fault.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
                send(exchange, fault.status(), fault.body());
                return;
            }
            Answer answer;
            try {
                answer = answer(request);
            } catch (IOException e) {
                answer = Answer.error(400, "error", "Invalid request: " + e.getMessage());
            }
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            send(exchange, answer.status(), JSON.writeValueAsString(answer.json()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
