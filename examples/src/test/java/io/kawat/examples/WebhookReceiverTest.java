package io.kawat.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook receiver over real HTTP on loopback: signatures, replays, duplicates, versions and withdrawals. */
class WebhookReceiverTest {
    private static final String SECRET = "kawat-test-secret";
    private static final long NOW = 1_700_000_000L;
    private static final String BODY =
            "{\"uri\":\"urn:a\",\"version\":\"1\",\"pubstatus\":\"usable\",\"language\":\"en\","
                    + "\"headlines\":[{\"role\":\"main\",\"value\":\"Hello\"}]}";
    /** {@code printf '%s' "1700000000.$BODY" | openssl dgst -sha256 -hmac kawat-test-secret}. */
    private static final String OPENSSL_SIGNATURE =
            "sha256=4dd457c4e1ef09df15f1bdf9acc2df96b425252714db041cea2990c08b71daf1";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private WebhookReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver(
                SECRET,
                0,
                "/hooks/kawat",
                Duration.ofMinutes(5),
                Clock.fixed(Instant.ofEpochSecond(NOW + 30), ZoneOffset.UTC),
                lines::add);
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void shouldAcceptADeliverySignedAsOpensslSignsIt() throws Exception {
        assertThat(post("urn:a@1", NOW, BODY, OPENSSL_SIGNATURE).statusCode()).isEqualTo(204);
        assertThat(lines).containsExactly("NEW urn:a v1 [en] Hello");
    }

    @Test
    void shouldRefuseATamperedBodyAMissingSignatureAndAnotherSecret() throws Exception {
        String tampered = BODY.replace("Hello", "Hacked");
        assertThat(post("urn:a@1", NOW, tampered, OPENSSL_SIGNATURE).statusCode())
                .isEqualTo(401);
        assertThat(post("urn:a@1", NOW, BODY, null).statusCode()).isEqualTo(401);
        assertThat(post("urn:a@1", NOW, BODY, sign("another-secret", NOW, BODY)).statusCode())
                .isEqualTo(401);
        assertThat(lines).isEmpty();
    }

    @Test
    void shouldRefuseAReplayedDeliveryWithAnOldTimestamp() throws Exception {
        long old = NOW - Duration.ofHours(1).toSeconds();
        HttpResponse<String> replay = post("urn:a@1", old, BODY, sign(SECRET, old, BODY));

        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(replay.body()).contains("replay");
        assertThat(lines).isEmpty();
    }

    @Test
    void shouldApplyEachEventOnceAndKeepTheLatestVersion() throws Exception {
        String v2 = BODY.replace("\"version\":\"1\"", "\"version\":\"2\"").replace("Hello", "Hello again");
        String v3 = v2.replace("\"version\":\"2\"", "\"version\":\"3\"").replace("usable", "canceled");

        assertThat(post("urn:a@1", NOW, BODY, sign(SECRET, NOW, BODY)).statusCode())
                .isEqualTo(204);
        assertThat(post("urn:a@1", NOW, BODY, sign(SECRET, NOW, BODY)).statusCode())
                .as("a duplicate is acknowledged")
                .isEqualTo(204);
        assertThat(post("urn:a@2", NOW, v2, sign(SECRET, NOW, v2)).statusCode()).isEqualTo(204);
        assertThat(post("urn:a@1/resend/x", NOW, BODY, sign(SECRET, NOW, BODY)).statusCode())
                .as("an older version changes nothing")
                .isEqualTo(204);
        assertThat(post("urn:a@3", NOW, v3, sign(SECRET, NOW, v3)).statusCode()).isEqualTo(204);

        assertThat(lines)
                .containsExactly(
                        "NEW urn:a v1 [en] Hello",
                        "UPDATED urn:a v2 [en] Hello again",
                        "WITHDRAWN urn:a v3 [en] Hello again");
    }

    @Test
    void shouldAnswerAClearErrorForASignedBodyThatIsNotAnArticle() throws Exception {
        String notJson = "not json";
        HttpResponse<String> answer = post("x@1", NOW, notJson, sign(SECRET, NOW, notJson));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("not JSON");
    }

    @Test
    void shouldRefuseToStartWithoutASecret() {
        assertThatThrownBy(() -> new WebhookReceiver(" ", 0, "/", Duration.ofMinutes(5), Clock.systemUTC(), lines::add))
                .hasMessageContaining("KAWAT_WEBHOOK_SECRET");
    }

    private HttpResponse<String> post(String eventId, long timestamp, String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + receiver.port() + "/hooks/kawat"))
                .header("X-Kawat-Event-Id", eventId)
                .header("X-Kawat-Timestamp", Long.toString(timestamp))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Kawat-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sign(String secret, long timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256="
                + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }
}
