package io.kawat.publish.internal.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.kawat.publish.internal.webhook.WebhookDelivery;
import io.kawat.publish.internal.webhook.WebhookSigner;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A webhook subscriber for tests: a JDK HTTP server on 127.0.0.1 that records every request and answers the
 * scripted statuses in turn (200 once the script is used up), optionally holding an answer back to cause a timeout.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received, with the status it was answered; header names in lower case. */
    public record Request(Map<String, String> headers, String body, int status) {
        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        /** True when the signature header is the HMAC of timestamp + "." + body with {@code secret}. */
        public boolean signedWith(String secret) {
            String expected = WebhookSigner.signature(secret, header(WebhookDelivery.TIMESTAMP), body);
            return MessageDigest.isEqual(
                    expected.getBytes(StandardCharsets.UTF_8),
                    String.valueOf(header(WebhookDelivery.SIGNATURE)).getBytes(StandardCharsets.UTF_8));
        }
    }

    private final HttpServer server;
    private final Deque<Integer> script = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private int holdNext;

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
        server.start();
    }

    /** Answers these statuses to the next requests, in order. */
    public synchronized WebhookReceiver answer(Integer... statuses) {
        script.addAll(List.of(statuses));
        return this;
    }

    /** Holds back the answer to the next {@code count} requests until {@link #close()} (the sender times out). */
    public synchronized WebhookReceiver hold(int count) {
        holdNext = count;
        return this;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/kawat");
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests answered with a 2xx status, in arrival order. */
    public synchronized List<Request> accepted() {
        return requests.stream()
                .filter(r -> r.status() >= 200 && r.status() < 300)
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
        int status;
        boolean hold;
        synchronized (this) {
            status = script.isEmpty() ? 200 : script.removeFirst();
            hold = holdNext > 0;
            requests.add(new Request(headers, body, hold ? 0 : status));
            holdNext = Math.max(0, holdNext - 1);
        }
        if (hold) {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
