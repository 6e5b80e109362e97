package io.kawat.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.translate.TranslationException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiChatTranslatorTest {
    private static final String KEY = "sk-test-0123456789";

    private final FakeOpenAiChat server = new FakeOpenAiChat(KEY);
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final OpenAiChatTranslator model = translator(KEY, FakeOpenAiChat.MODEL, Set.of("*"));

    @AfterEach
    void stop() {
        server.close();
    }

    private OpenAiChatTranslator translator(String key, String modelName, Set<String> pairs) {
        return new OpenAiChatTranslator(
                new OpenAiChatTranslator.Settings(
                        URI.create(server.url() + "/v1"),
                        key,
                        false,
                        "",
                        modelName,
                        OpenAiChatTranslator.DEFAULT_PROMPT,
                        pairs,
                        0,
                        0.5,
                        1.5,
                        Duration.ofSeconds(5)),
                metrics);
    }

    @Test
    void shouldSendADocumentedRequestAndReadTheCompletion() throws Exception {
        List<String> out = model.translate(List.of("The house is red.", "Good morning 90001."), "en", "es");

        assertThat(out).containsExactly("La casa es roja.", "Buenos días 90001.");
        LoopbackHttpServer.Request request =
                server.requests("/v1/chat/completions").get(0);
        assertThat(request.headers().get("Authorization")).containsExactly("Bearer " + KEY);
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertThat(body.path("model").asText()).isEqualTo(FakeOpenAiChat.MODEL);
        assertThat(body.path("temperature").asDouble()).isZero();
        assertThat(body.path("messages").get(0).path("content").asText())
                .contains("from English (en) to Spanish (es)")
                .contains("90001");
        assertThat(new ObjectMapper()
                        .readTree(body.path("messages").get(1).path("content").asText())
                        .path("texts"))
                .hasSize(2);
        assertThat(request.body()).doesNotContain(KEY);
    }

    @Test
    void shouldCountTokensAndCost() throws Exception {
        model.translate(List.of("The cat is black."), "en", "es");

        double prompt = metrics.get("kawat.translation.engine.tokens")
                .tag("kind", "prompt")
                .counter()
                .count();
        double completion = metrics.get("kawat.translation.engine.tokens")
                .tag("kind", "completion")
                .counter()
                .count();
        assertThat(prompt).isPositive();
        assertThat(completion).isPositive();
        assertThat(metrics.get("kawat.translation.engine.cost").counter().count())
                .isCloseTo(prompt / 1000 * 0.5 + completion / 1000 * 1.5, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void shouldAskAgainWhenAReplyLosesAPlaceholderAndUseTheSecondReply() throws Exception {
        server.replyNext(content -> content.replace("90001", "Blinken"));

        assertThat(model.translate(List.of("90001 said the house is red."), "en", "es"))
                .containsExactly("90001 dijo la casa es roja.");
        assertThat(server.requests("/v1/chat/completions")).hasSize(2);
        assertThat(server.requests("/v1/chat/completions").get(1).body()).contains("previous answer was refused");
        assertThat(metrics.get("kawat.translation.engine.refused.replies")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void shouldFailForGoodWithTheReasonWhenTheModelKeepsAddingText() {
        server.replyNext(content -> content.replace("[\"", "[\"Here is the translation: "));
        server.replyNext(content -> content.replace("[\"", "[\"Here is the translation: "));

        assertFailure(() -> model.translate(List.of("The cat is black."), "en", "es"), false, "has text added to it");
    }

    @Test
    void shouldRefuseAWrongNumberOfTranslationsACutOffReplyAndNonJson() {
        server.replyNext(content -> "{\"translations\": []}");
        server.replyNext(content -> "{\"translations\": []}");
        assertFailure(() -> model.translate(List.of("Red"), "en", "es"), false, "expected 1 translations, got 0");

        server.finishNext("length");
        server.finishNext("length");
        assertFailure(() -> model.translate(List.of("Red"), "en", "es"), false, "cut off");

        server.replyNext(content -> "Sorry, I cannot do that.");
        server.replyNext(content -> "Sorry, I cannot do that.");
        assertFailure(() -> model.translate(List.of("Red"), "en", "es"), false, "not JSON");
    }

    @Test
    void shouldAcceptAReplyInAMarkdownFence() throws Exception {
        server.replyNext(content -> "```json\n" + content + "\n```");

        assertThat(model.translate(List.of("The house"), "en", "es")).containsExactly("La casa");
    }

    @Test
    void shouldTreatRateLimitsAsRetriableWithTheServersWait() {
        server.failNext(429, Map.of("Retry-After", "7"), FakeOpenAiChat.rateLimited());

        TranslationException e = assertFailure(
                () -> model.translate(List.of("Red"), "en", "es"), true, "HTTP 429: Rate limit reached for requests");
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void shouldTreatServerErrorsAsRetriableAndAuthOrModelErrorsAsFinal() {
        server.failNext(503, Map.of(), FakeOpenAiChat.error("The server is overloaded", "server_error", "overloaded"));
        assertFailure(() -> model.translate(List.of("Red"), "en", "es"), true, "HTTP 503: The server is overloaded");

        TranslationException auth = assertFailure(
                () -> translator("sk-wrong-key", FakeOpenAiChat.MODEL, Set.of("*"))
                        .translate(List.of("Red"), "en", "es"),
                false,
                "HTTP 401: Incorrect API key provided");
        assertThat(auth.getMessage()).doesNotContain("sk-wrong-key");

        assertFailure(
                () -> translator(KEY, "no-such-model", Set.of("*")).translate(List.of("Red"), "en", "es"),
                false,
                "HTTP 404: The model `no-such-model` does not exist");
    }

    @Test
    void shouldTimeOutAsRetriable() {
        server.hangNext();

        assertFailure(() -> model.translate(List.of("Red"), "en", "es"), true, "did not answer within");
    }

    @Test
    void shouldSupportOnlyTheConfiguredPairs() {
        OpenAiChatTranslator indonesianOnly = translator(KEY, FakeOpenAiChat.MODEL, Set.of("en-id"));

        assertThat(indonesianOnly.supports("en", "id")).isTrue();
        assertThat(indonesianOnly.supports("en", "es")).isFalse();
        assertThat(model.supports("es", "id")).isTrue();
        assertThat(model.supports("en", "en")).isFalse();
    }

    @Test
    void shouldSendAzuresKeyHeaderAndApiVersion() throws Exception {
        OpenAiChatTranslator azure = new OpenAiChatTranslator(
                new OpenAiChatTranslator.Settings(
                        URI.create(server.url() + "/v1"),
                        KEY,
                        true,
                        "2024-10-21",
                        FakeOpenAiChat.MODEL,
                        OpenAiChatTranslator.DEFAULT_PROMPT,
                        Set.of("*"),
                        0,
                        0,
                        0,
                        Duration.ofSeconds(5)),
                metrics);

        assertFailure(() -> azure.translate(List.of("Red"), "en", "es"), false, "HTTP 401");
        LoopbackHttpServer.Request request =
                server.requests("/v1/chat/completions").get(0);
        assertThat(request.headers().get("Api-key")).containsExactly(KEY);
        assertThat(request.query()).isEqualTo("api-version=2024-10-21");
    }

    private static TranslationException assertFailure(Call call, boolean retriable, String message) {
        try {
            call.run();
        } catch (TranslationException e) {
            assertThat(e.retriable()).as("retriable").isEqualTo(retriable);
            assertThat(e.getMessage()).contains(message);
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a TranslationException, got " + e, e);
        }
        throw new AssertionError("expected a TranslationException");
    }

    private interface Call {
        void run() throws Exception;
    }
}
