package io.kawat.reliability.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.reliability.Figures;
import io.kawat.reliability.poison.PipelineRig;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Security of the running pipeline: every write endpoint wants the right credential, webhook signatures verify (and a
 * tampered body does not), HTML from hostile input carries nothing executable, no log holds a secret, every server
 * listens on 127.0.0.1 only. Writes the "security" section of docs/RELIABILITY.md.
 */
@ExtendWith(KawatStackExtension.class)
class SecurityIT {
    private static final String WEBHOOK_SECRET = "rel-webhook-secret-3b9e71";
    private static final String XSS =
            "<p>Witnesses spoke.</p><script>alert('x')</script><img src=\"x\" onerror=\"alert(1)\">"
                    + "<a href=\"javascript:alert(2)\">link</a><iframe src=\"https://evil.example/\"></iframe>"
                    + "<p onmouseover=\"alert(3)\">Officials said more later.</p>";

    @TempDir
    Path home;

    @Test
    void shouldRefuseWrongCredentialsSignWebhooksServeSafeHtmlAndKeepSecretsWhenThePipelineRuns(KawatStack stack)
            throws Exception {
        Path drop = Files.createDirectories(home.resolve("drop"));
        List<List<?>> rows = new ArrayList<>();
        List<String> logLines;
        try (LogCapture logs = new LogCapture();
                WebhookReceiver hook = new WebhookReceiver()) {
            String yaml = "publish:\n  webhooks:\n    - id: cms\n      url: " + hook.url() + "\n      secret-env: "
                    + "KAWAT_WEBHOOK_CMS_SECRET\n      allow-private-network: true\n      start-from: earliest\n"
                    + "sources:\n  - id: drop\n    name: Drop Wire\n    type: folder\n    folder: " + drop + "\n";
            try (PipelineRig rig =
                    new PipelineRig(stack, home, yaml, Map.of("KAWAT_WEBHOOK_CMS_SECRET", WEBHOOK_SECRET))) {
                AuthChecks auth = new AuthChecks(rig);
                assertThat(rig.push(
                                        "security",
                                        PipelineRig.story(
                                                "xss-a",
                                                "Lisbon harbour reopens &lt;script&gt;alert(9)&lt;/script&gt;",
                                                XSS))
                                .statusCode())
                        .isEqualTo(202);
                rows.add(auth.ingestPush());
                poisonOneRecord(rig);
                settle(
                        Duration.ofSeconds(90),
                        () -> rig.article("en", "Lisbon harbour") != null
                                && rig.article("en", "Porto bridge") != null
                                && consoleHasDeadLetter(rig));
                String uriA = uri(rig, "Lisbon harbour");
                String uriB = uri(rig, "Porto bridge");
                rows.addAll(html(rig, uriA));
                rows.add(auth.publish("correct", uriA, "{\"note\": \"Security check correction.\"}"));
                rows.add(auth.publish("resend", uriA, ""));
                rows.add(auth.publish("kill", uriB, "{\"reason\": \"security check\"}"));
                rows.add(auth.consoleSignIn());
                rows.add(auth.console("/api/feeds/drop/pause", "{}", 202));
                rows.add(
                        auth.console("/api/articles/" + uriA + "/correct", "{\"note\": \"Console correction.\"}", 202));
                rows.add(auth.console("/api/articles/" + uriB + "/kill", "{\"reason\": \"console check\"}", 202));
                rows.add(auth.console("/api/dead-letters/wire.stories.v1.dlq.v1/replay-all", "{}", 202));
                rows.addAll(SurfaceChecks.noWriteRoutes(rig));
                rows.addAll(webhooks(hook));
                Optional<InetAddress> external = Exposure.ownNonLoopbackAddress();
                String listening = Exposure.listening();
                rig.services().forEach((name, url) -> rows.addAll(Exposure.rows(name, url, listening, external)));
            }
            logLines = logs.lines();
        }
        rows.addAll(secretsInLogs(logLines));
        rows.addAll(SurfaceChecks.configurationAsLogged(List.of(PipelineRig.PUSH_TOKEN, PipelineRig.OPERATOR_TOKEN)));

        long failing = rows.stream()
                .filter(r -> !String.valueOf(r.get(2)).startsWith("ok"))
                .count();
        Figures.section(50, "security", "Security checks on the running pipeline")
                .line("- %d security checks, %d failing", rows.size(), failing)
                .line(
                        "- tokens, the webhook secret and the console session are known test values; logs scanned: %,d"
                                + " captured log events of this JVM plus every *.log file under target/ and the test home",
                        logLines.size())
                .table(List.of("check", "target", "result"), rows)
                .write();

        assertThat(rows.stream()
                        .filter(r -> !String.valueOf(r.get(2)).startsWith("ok"))
                        .map(r -> r.get(0) + " / " + r.get(1) + ": " + r.get(2)))
                .as("failing security checks")
                .isEmpty();
    }

    private static List<List<?>> html(PipelineRig rig, String uri) throws IOException {
        List<List<?>> rows = new ArrayList<>();
        var page = rig.get(rig.pipeline().publishUrl() + "/api/articles/" + uri + ".html");
        List<String> found = HtmlSafety.executable(page.body());
        boolean hostileKept =
                page.body().contains("Witnesses spoke") && page.body().contains("Officials said more later");
        rows.add(List.of(
                "article HTML from a story with script/onerror/javascript:/iframe payloads",
                "publish GET " + "/api/articles/{uri}.html",
                (found.isEmpty() && hostileKept && page.statusCode() == 200 ? "ok" : "FAILED")
                        + ": executable " + found + ", CSP "
                        + page.headers().firstValue("Content-Security-Policy").isPresent()
                        + ", story text kept " + hostileKept));
        JsonNode ninjs = new ObjectMapper()
                .readTree(rig.get(rig.pipeline().publishUrl() + "/api/articles/" + uri)
                        .body());
        String bodyHtml = "";
        for (JsonNode body : ninjs.path("bodies")) {
            bodyHtml += "text/html".equals(body.path("contenttype").asText())
                    ? body.path("value").asText()
                    : "";
        }
        List<String> inBody = HtmlSafety.executable(bodyHtml);
        String headline = ninjs.path("headlines").toString();
        boolean headlineSafe = !headline.contains("<script");
        rows.add(List.of(
                "ninjs text/html body and headline of the same article",
                "publish GET /api/articles/{uri}",
                (inBody.isEmpty() && headlineSafe && bodyHtml.contains("Witnesses spoke") ? "ok" : "FAILED")
                        + ": executable " + inBody + ", headline without <script " + headlineSafe));
        return rows;
    }

    private static List<List<?>> webhooks(WebhookReceiver hook) {
        settle(Duration.ofSeconds(30), () -> !hook.deliveries().isEmpty());
        List<WebhookReceiver.Delivery> all = hook.deliveries();
        long good = all.stream()
                .filter(d -> Signatures.verifies(
                        WEBHOOK_SECRET,
                        d.headers().get("X-Kawat-Timestamp"),
                        d.body(),
                        d.headers().get("X-Kawat-Signature")))
                .count();
        long tampered = all.stream()
                .filter(d -> {
                    byte[] body = d.body().clone();
                    body[body.length / 2] ^= 1;
                    return Signatures.verifies(
                            WEBHOOK_SECRET,
                            d.headers().get("X-Kawat-Timestamp"),
                            body,
                            d.headers().get("X-Kawat-Signature"));
                })
                .count();
        long wrongKey = all.stream()
                .filter(d -> Signatures.verifies(
                        "not-the-secret",
                        d.headers().get("X-Kawat-Timestamp"),
                        d.body(),
                        d.headers().get("X-Kawat-Signature")))
                .count();
        return List.of(
                List.of(
                        "webhook signature verifies (HMAC-SHA256 of timestamp.body, docs/publish.md)",
                        "publish → loopback" + " subscriber",
                        (!all.isEmpty() && good == all.size() ? "ok" : "FAILED") + ": " + good + " of " + all.size()),
                List.of(
                        "tampered webhook body fails verification",
                        "publish → loopback subscriber",
                        (!all.isEmpty() && tampered == 0 ? "ok" : "FAILED") + ": " + tampered + " of " + all.size()
                                + " verified"),
                List.of(
                        "webhook signature with another secret fails",
                        "publish → loopback subscriber",
                        (!all.isEmpty() && wrongKey == 0 ? "ok" : "FAILED") + ": " + wrongKey + " of " + all.size()
                                + " verified"));
    }

    private List<List<?>> secretsInLogs(List<String> captured) throws IOException {
        List<String> secrets = List.of(PipelineRig.PUSH_TOKEN, PipelineRig.OPERATOR_TOKEN, WEBHOOK_SECRET);
        List<List<?>> rows = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("target"), home)) {
            try (Stream<Path> walk = Files.walk(root)) {
                // Kafka's own segment files (00000000000000000000.log) hold topic data, not logs
                walk.filter(p -> Files.isRegularFile(p)
                                && p.toString().endsWith(".log")
                                && !p.getFileName().toString().matches("\\d{20}\\.log"))
                        .forEach(files::add);
            }
        }
        for (String secret : secrets) {
            long inEvents = captured.stream().filter(l -> l.contains(secret)).count();
            List<Path> inFiles = new ArrayList<>();
            for (Path f : files) {
                if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(secret)) {
                    inFiles.add(f);
                }
            }
            rows.add(List.of(
                    "secret absent from logs",
                    secret.substring(0, 8) + "… (" + captured.size() + " events, " + files.size() + " log files)",
                    (inEvents == 0 && inFiles.isEmpty() ? "ok" : "FAILED") + ": in " + inEvents + " events, files "
                            + inFiles));
        }
        return rows;
    }

    /** Waits for {@code done}; on a timeout the rows show what is missing, so the figures are still written. */
    private static void settle(Duration atMost, java.util.concurrent.Callable<Boolean> done) {
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(500)).until(done);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            org.slf4j.LoggerFactory.getLogger(SecurityIT.class).warn("Not settled: {}", e.getMessage());
        }
    }

    private static String uri(PipelineRig rig, String headline) {
        JsonNode article = rig.article("en", headline);
        return article == null
                ? "kawat:article:missing-" + headline.replace(' ', '-')
                : article.path("uri").asText();
    }

    private static void poisonOneRecord(PipelineRig rig) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, rig.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(
                    rig.topics().wireStories().name(), "poison", "not avro".getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static boolean consoleHasDeadLetter(PipelineRig rig) {
        var answer = rig.get(rig.pipeline().consoleUrl() + "/api/dead-letters/wire.stories.v1.dlq.v1");
        return answer.statusCode() == 200 && answer.body().contains("poison");
    }
}
