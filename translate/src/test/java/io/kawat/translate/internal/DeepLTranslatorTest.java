package io.kawat.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.translate.TranslationException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeepLTranslatorTest {
    private static final String KEY = "0b7e-test-key:fx";

    private final FakeDeepL server = new FakeDeepL(KEY, 1_000);
    private final DeepLTranslator deepl = new DeepLTranslator(server.url(), KEY, Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldTranslateBatchInOrderWithAuthHeaderAndUpperCaseCodes() throws Exception {
        List<String> spanish = deepl.translate(List.of("The house is red.", "Good morning."), "en", "es");

        assertThat(spanish).containsExactly("La casa es roja.", "Buenos días.");
        LoopbackHttpServer.Request request = server.requests("/v2/translate").get(0);
        assertThat(request.headers().get("Authorization")).containsExactly("DeepL-Auth-Key " + KEY);
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertThat(body.path("text")).hasSize(2);
        assertThat(body.path("source_lang").asText()).isEqualTo("EN");
        assertThat(body.path("target_lang").asText()).isEqualTo("ES");
        assertThat(body.has("tag_handling")).isFalse();
        assertThat(request.body()).doesNotContain(KEY);
    }

    @Test
    void shouldUseTagHandlingHtmlForFragmentsAndEnglishVariantAsTarget() throws Exception {
        assertThat(deepl.translate(List.of("<p>The <b>big</b> house</p>"), "es", "en"))
                .containsExactly("<p>La <b>grande</b> casa</p>");
        JsonNode body = new ObjectMapper()
                .readTree(server.requests("/v2/translate").get(0).body());
        assertThat(body.path("tag_handling").asText()).isEqualTo("html");
        assertThat(body.path("target_lang").asText()).isEqualTo("EN-US");
    }

    @Test
    void shouldSupportPairsFromSourceAndTargetLanguages() {
        assertThat(deepl.supports("en", "es")).isTrue();
        assertThat(deepl.supports("es", "en")).isTrue();
        assertThat(deepl.supports("en", "id")).isTrue();
        assertThat(deepl.supports("en", "ca")).isFalse();
        assertThat(deepl.supports("ca", "en")).isFalse();
    }

    @Test
    void shouldFailPermanentlyWithoutLeakingTheKeyWhenAuthorizationFails() {
        DeepLTranslator wrong = new DeepLTranslator(server.url(), "wrong-key-123", Duration.ofSeconds(5));

        TranslationException e = assertFailure(
                () -> wrong.translate(List.of("Red"), "en", "es"), false, "HTTP 403: Authorization failure");
        assertThat(e.getMessage()).doesNotContain("wrong-key-123");
        assertThat(wrong.toString()).doesNotContain("wrong-key-123");
    }

    @Test
    void shouldFailPermanentlyWhenServerAnswers400() {
        assertFailure(
                () -> deepl.translate(List.of("Red"), "en", "xx"),
                false,
                "HTTP 400: Value for 'target_lang' not supported.");
    }

    @Test
    void shouldFailRetriablyAfterAnHourWhenQuotaIsExceeded() {
        TranslationException e = assertFailure(
                () -> deepl.translate(List.of("x".repeat(1_001)), "en", "es"), true, "HTTP 456: Quota exceeded");
        assertThat(e.retryAfter()).contains(Duration.ofHours(1));
    }

    @Test
    void shouldFailRetriablyWithRetryAfterWhenRateLimited() {
        server.failNext(429, Map.of("Retry-After", "7"), "{\"message\":\"Too many requests\"}");

        TranslationException e =
                assertFailure(() -> deepl.translate(List.of("Red"), "en", "es"), true, "HTTP 429: Too many requests");
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void shouldFailRetriablyWhenServerAnswers500Or503() {
        server.failNext(500, Map.of(), "");
        server.failNext(503, Map.of("Retry-After", "2"), "<html>Service Unavailable</html>");

        assertFailure(() -> deepl.translate(List.of("Red"), "en", "es"), true, "HTTP 500");
        TranslationException e = assertFailure(
                () -> deepl.translate(List.of("Red"), "en", "es"), true, "HTTP 503: <html>Service Unavailable</html>");
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
    }

    @Test
    void shouldFailRetriablyWhenServerIsTooSlow() {
        DeepLTranslator impatient = new DeepLTranslator(server.url(), KEY, Duration.ofMillis(300));
        server.hangNext();

        assertFailure(
                () -> impatient.translate(List.of("Red"), "en", "es"), true, "deepl did not answer within PT0.3S");
    }

    @Test
    void shouldChooseFreeOrProApiFromTheKey() {
        assertThat(DeepLTranslator.defaultUrl("abc:fx")).isEqualTo(URI.create("https://api-free.deepl.com"));
        assertThat(DeepLTranslator.defaultUrl("abc")).isEqualTo(URI.create("https://api.deepl.com"));
    }

    private static TranslationException assertFailure(ThrowingCallable call, boolean retriable, String message) {
        TranslationException[] caught = new TranslationException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(TranslationException.class, e -> {
            assertThat(e.retriable()).isEqualTo(retriable);
            assertThat(e.getMessage()).contains(message);
            caught[0] = e;
        });
        return caught[0];
    }
}
