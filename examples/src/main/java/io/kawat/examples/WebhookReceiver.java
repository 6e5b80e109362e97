package io.kawat.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook side of a downstream system: receives Kawat's deliveries ({@code POST} of the ninjs JSON), checks
 * {@code X-Kawat-Signature} (HMAC-SHA256 of {@code timestamp + "." + body} keyed with the subscriber's secret,
 * compared in constant time over the raw bytes), refuses timestamps older or newer than the tolerance (replays),
 * drops repeated event ids (delivery is at least once), keeps the latest version per article, honours withdrawals
 * ({@code pubstatus: canceled}) and prints one line per change.
 *
 * <pre>
 * KAWAT_WEBHOOK_SECRET=... java -cp ... io.kawat.examples.WebhookReceiver [--port 8099] [--path /hooks/kawat]
 * </pre>
 *
 * Answers: 204 accepted (or a duplicate, already applied), 401 missing or wrong signature, 400 a stale timestamp
 * or a body that is not a ninjs article, 413 a body over 8 MiB, 405 anything but POST. Binds 127.0.0.1.
 */
public final class WebhookReceiver implements AutoCloseable {
    static final int MAX_BODY = 8 << 20;
    private static final int MAX_EVENT_IDS = 100_000;

    private final byte[] secret;
    private final Duration tolerance;
    private final Clock clock;
    private final Consumer<String> out;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Long> latest = new LinkedHashMap<>();
    private final Map<String, Boolean> withdrawn = new LinkedHashMap<>();
    private final Map<String, Boolean> seen = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > MAX_EVENT_IDS;
        }
    };
    private final HttpServer server;

    public WebhookReceiver(String secret, int port, String path, Duration tolerance, Clock clock, Consumer<String> out)
            throws IOException {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the webhook secret is empty: set KAWAT_WEBHOOK_SECRET");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.tolerance = tolerance;
        this.clock = clock;
        this.out = out;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext(path, this::handle);
        server.start();
    }

    public static void main(String[] args) throws IOException {
        int port = 8099;
        String path = "/hooks/kawat";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--path" -> path = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--port, --path)");
            }
        }
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        WebhookReceiver receiver = new WebhookReceiver(
                System.getenv("KAWAT_WEBHOOK_SECRET"),
                port,
                path,
                Duration.ofMinutes(5),
                Clock.systemUTC(),
                stdout::println);
        stdout.println("webhook receiver listening on http://127.0.0.1:" + receiver.port() + path);
    }

    /** The port it listens on (useful with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                answer(exchange, 405, "only POST");
                return;
            }
            byte[] body = read(exchange.getRequestBody());
            if (body == null) {
                answer(exchange, 413, "body over " + MAX_BODY + " bytes");
                return;
            }
            String timestamp = exchange.getRequestHeaders().getFirst("X-Kawat-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-Kawat-Signature");
            String eventId = exchange.getRequestHeaders().getFirst("X-Kawat-Event-Id");
            if (timestamp == null || signature == null || !validSignature(timestamp, body, signature)) {
                answer(exchange, 401, "missing or wrong X-Kawat-Signature");
                return;
            }
            long age;
            try {
                age = clock.instant().getEpochSecond() - Long.parseLong(timestamp.trim());
            } catch (NumberFormatException e) {
                answer(exchange, 400, "X-Kawat-Timestamp is not Unix seconds");
                return;
            }
            if (Math.abs(age) > tolerance.toSeconds()) {
                answer(exchange, 400, "X-Kawat-Timestamp is " + age + " s away from now: a replay or a wrong clock");
                return;
            }
            String problem = apply(eventId, body);
            if (problem != null) {
                answer(exchange, 400, problem);
                return;
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }

    /** Applies one verified delivery; the reason it is not a ninjs article, or null. */
    private synchronized String apply(String eventId, byte[] body) {
        if (eventId != null && seen.containsKey(eventId)) {
            return null; // delivered again (at least once): already applied
        }
        JsonNode n;
        try {
            n = json.readTree(body);
        } catch (JsonProcessingException e) {
            return "the body is not JSON: " + e.getOriginalMessage();
        } catch (IOException e) {
            return "the body cannot be read: " + e.getMessage();
        }
        String uri = n.path("uri").asText("");
        long version;
        try {
            version = Long.parseLong(n.path("version").asText(""));
        } catch (NumberFormatException e) {
            return "the ninjs body has no numeric version";
        }
        if (uri.isEmpty()) {
            return "the ninjs body has no uri";
        }
        if (eventId != null) {
            seen.put(eventId, Boolean.TRUE);
        }
        Long held = latest.get(uri);
        boolean resend = eventId != null && eventId.contains("/resend/");
        if (held != null && (version < held || (version == held && !resend))) {
            return null; // older or the same version: nothing changes
        }
        boolean canceled = n.path("pubstatus").asText("").equals("canceled");
        boolean wasPublished = held != null && !withdrawn.getOrDefault(uri, false);
        latest.put(uri, version);
        withdrawn.put(uri, canceled);
        String kind;
        if (canceled) {
            if (!wasPublished) {
                return null;
            }
            kind = "WITHDRAWN";
        } else {
            kind = resend && held != null && version == held ? "RESENT" : wasPublished ? "UPDATED" : "NEW";
        }
        out.accept(String.format(
                Locale.ROOT,
                "%s %s v%d [%s] %s",
                kind,
                uri,
                version,
                n.path("language").asText(""),
                n.path("headlines").path(0).path("value").asText("")));
        return null;
    }

    private boolean validSignature(String timestamp, byte[] body, String signature) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
            return MessageDigest.isEqual(
                    expected.getBytes(StandardCharsets.US_ASCII),
                    signature.trim().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    private static byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY + 1);
        return bytes.length > MAX_BODY ? null : bytes;
    }

    private void answer(HttpExchange exchange, int status, String reason) throws IOException {
        byte[] text = ("{\"status\":" + status + ",\"error\":" + json.writeValueAsString(reason) + "}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, text.length);
        exchange.getResponseBody().write(text);
    }
}
