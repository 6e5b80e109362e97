package io.kawat.translate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.UnaryOperator;

/**
 * A loopback server speaking the OpenAI chat-completions API as documented: {@code POST /v1/chat/completions} with
 * {@code Authorization: Bearer <key>}, a {@code model} and {@code messages}; the answer is a {@code chat.completion}
 * object (choices with {@code message.content} and {@code finish_reason}, and {@code usage}); errors are
 * {@code {"error": {"message", "type", "param", "code"}}} with 401 for a wrong key, 404 for an unknown model, 400 for a
 * malformed request, 429 with {@code Retry-After} for rate limits. The "model" translates word by word
 * ({@link ToyDictionary}), or answers with what a test queued ({@link #replyNext}).
 */
final class FakeOpenAiChat extends LoopbackHttpServer {
    static final String MODEL = "toy-translator-1";

    private final String key;
    private final Queue<UnaryOperator<String>> replies = new ConcurrentLinkedQueue<>();
    private final Queue<String> finishReasons = new ConcurrentLinkedQueue<>();

    FakeOpenAiChat(String key) {
        this.key = key;
    }

    /** The next completion's content is the toy translation passed through {@code edit} (a misbehaving model). */
    void replyNext(UnaryOperator<String> edit) {
        replies.add(edit);
    }

    /** The next completion ends with this finish_reason (e.g. "length"). */
    void finishNext(String reason) {
        finishReasons.add(reason);
    }

    static String rateLimited() {
        return error("Rate limit reached for requests", "requests", "rate_limit_exceeded");
    }

    static String error(String message, String type, String code) {
        return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\",\"param\":null,\"code\":\"" + code
                + "\"}}";
    }

    @Override
    protected Answer answer(Request request) throws IOException {
        if (!request.path().equals("/v1/chat/completions") || !request.method().equals("POST")) {
            return new Answer(404, Map.of(), errorBody("Unknown request URL", "invalid_request_error", "unknown_url"));
        }
        List<String> auth = request.headers().get("Authorization");
        if (key != null && (auth == null || !auth.equals(List.of("Bearer " + key)))) {
            return new Answer(
                    401, Map.of(), errorBody("Incorrect API key provided", "invalid_request_error", "invalid_api_key"));
        }
        JsonNode body = json(request);
        if (!body.path("model").asText().equals(MODEL)) {
            return new Answer(
                    404,
                    Map.of(),
                    errorBody(
                            "The model `" + body.path("model").asText() + "` does not exist",
                            "invalid_request_error",
                            "model_not_found"));
        }
        JsonNode messages = body.path("messages");
        if (!messages.isArray()
                || messages.size() < 2
                || !messages.get(0).path("role").asText().equals("system")) {
            return new Answer(
                    400,
                    Map.of(),
                    errorBody("messages must start with a system message", "invalid_request_error", null));
        }
        JsonNode texts = JSON.readTree(messages.get(1).path("content").asText()).path("texts");
        List<String> translated = new ArrayList<>();
        texts.forEach(t ->
                translated.add(ToyDictionary.translate(t.asText(), t.asText().contains("<"))));
        String content = JSON.writeValueAsString(Map.of("translations", translated));
        UnaryOperator<String> edit = replies.poll();
        if (edit != null) {
            content = edit.apply(content);
        }
        String finish = finishReasons.poll();
        Map<String, Object> completion = new LinkedHashMap<>();
        completion.put("id", "chatcmpl-" + requests().size());
        completion.put("object", "chat.completion");
        completion.put("created", 1_733_500_000L);
        completion.put("model", MODEL);
        completion.put(
                "choices",
                List.of(Map.of(
                        "index",
                        0,
                        "message",
                        Map.of("role", "assistant", "content", content),
                        "finish_reason",
                        finish == null ? "stop" : finish)));
        int prompt = request.body().length() / 4;
        int completionTokens = content.length() / 4;
        completion.put(
                "usage",
                Map.of(
                        "prompt_tokens", prompt,
                        "completion_tokens", completionTokens,
                        "total_tokens", prompt + completionTokens));
        return Answer.ok(completion);
    }

    private static Map<String, Object> errorBody(String message, String type, String code) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("type", type);
        error.put("param", null);
        error.put("code", code);
        return Map.of("error", error);
    }
}
