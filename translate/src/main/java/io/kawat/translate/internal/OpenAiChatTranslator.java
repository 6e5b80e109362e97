package io.kawat.translate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.translate.TranslationException;
import io.kawat.translate.Translator;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language model behind the OpenAI-compatible chat-completions API ({@code POST <url>/chat/completions}): vLLM,
 * llama.cpp's server, Ollama's {@code /v1}, LM Studio, OpenAI itself ({@code Authorization: Bearer}) and Azure OpenAI
 * ({@code <endpoint>/openai/deployments/<deployment>} with the {@code api-key} header and {@code api-version}).
 *
 * <p>One call sends a batch as a JSON object {@code {"texts": [...]}} and asks for {@code {"translations": [...]}}
 * with as many strings. The reply is verified before it is used: as many translations as texts, every placeholder of
 * the protected spans ({@code 9} and digits, see {@link SpanProtector}) kept exactly as often as in the text, no text
 * added (a translation longer than {@value #MAX_GROWTH} times its source plus 80 characters, or a preamble such as
 * "Here is the translation", is refused), and not cut off ({@code finish_reason} "length"). A refused reply is asked
 * for once more with the reason; a second refusal fails the batch for good with the reason, so the cascade falls
 * back to the next engine. Token counts and the cost (from the configured prices) go to metrics; the key never
 * leaves its header.
 */
public final class OpenAiChatTranslator implements Translator {
    public static final String ENGINE = "openai";
    static final double MAX_GROWTH = 3.0;
    public static final String DEFAULT_PROMPT =
            "You are a professional news translator. Translate each text of the JSON"
                    + " object's \"texts\" array from {source} to {target}, in the register of a newsroom. Answer with a JSON"
                    + " object {\"translations\": [...]} holding exactly one translation per text, in the same order, and"
                    + " nothing else. Tokens made of the digit 9 followed by digits (such as 90001) stand for names, numbers"
                    + " and links: copy every one of them exactly once, unchanged. Keep HTML tags as they are. Do not add"
                    + " notes or explanations.";
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<![0-9])9[0-9]{4,}(?![0-9])");
    private static final Pattern PREAMBLE = Pattern.compile(
            "(?i)^\\s*(here is|here's|translation\\s*:|translated text|sure[,!]|certainly|aquí está|berikut)");
    private static final Pattern FENCE = Pattern.compile("(?s)^\\s*```(?:json)?\\s*(.*?)\\s*```\\s*$");

    /** How to reach and pay the model. */
    public record Settings(
            URI url,
            String apiKey,
            boolean azureKeyHeader,
            String apiVersion,
            String model,
            String prompt,
            Set<String> pairs,
            double temperature,
            double inputPricePer1k,
            double outputPricePer1k,
            Duration timeout) {}

    private final Settings settings;
    private final JsonHttp http;
    private final ObjectMapper json = new ObjectMapper();
    private final Counter promptTokens;
    private final Counter completionTokens;
    private final Counter cost;
    private final Counter refusals;

    public OpenAiChatTranslator(Settings settings, MeterRegistry metrics) {
        this.settings = settings;
        this.http = new JsonHttp(ENGINE, settings.timeout(), Map.of());
        this.promptTokens = tokens(metrics, "prompt");
        this.completionTokens = tokens(metrics, "completion");
        this.cost = Counter.builder("kawat.translation.engine.cost")
                .description("Cost of engine calls in the configured currency (from the configured prices)")
                .tag("engine", ENGINE)
                .register(metrics);
        this.refusals = Counter.builder("kawat.translation.engine.refused.replies")
                .description("Replies refused by verification (lost placeholder, added text, wrong count)")
                .tag("engine", ENGINE)
                .register(metrics);
    }

    private static Counter tokens(MeterRegistry metrics, String kind) {
        return Counter.builder("kawat.translation.engine.tokens")
                .description("Tokens counted by the engine")
                .tag("engine", ENGINE)
                .tag("kind", kind)
                .register(metrics);
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public boolean supports(String from, String to) {
        String pair = LanguageCodes.base(from) + "-" + LanguageCodes.base(to);
        return !from.equalsIgnoreCase(to)
                && (settings.pairs().contains("*") || settings.pairs().contains(pair));
    }

    @Override
    public List<String> translate(List<String> texts, String from, String to) throws TranslationException {
        String problem = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            Reply reply = call(texts, from, to, problem);
            problem = reply.problem() != null ? reply.problem() : verify(texts, reply.translations());
            if (problem == null) {
                return reply.translations();
            }
            refusals.increment();
        }
        throw new TranslationException(ENGINE + " reply refused twice: " + problem, false);
    }

    private record Reply(List<String> translations, String problem) {}

    private Reply call(List<String> texts, String from, String to, String previousProblem) throws TranslationException {
        List<Map<String, String>> messages = new ArrayList<>();
        messages.add(Map.of("role", "system", "content", prompt(from, to)));
        messages.add(Map.of("role", "user", "content", writeJson(Map.of("texts", texts))));
        if (previousProblem != null) {
            messages.add(Map.of(
                    "role",
                    "user",
                    "content",
                    "Your previous answer was refused: " + previousProblem
                            + ". Answer again with exactly one translation per text, every 9-digit token kept."));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (!settings.model().isBlank()) {
            body.put("model", settings.model());
        }
        body.put("messages", messages);
        body.put("temperature", settings.temperature());
        JsonNode answer =
                http.send(request().header("Content-Type", "application/json").POST(http.body(body)));
        count(answer.path("usage"));
        JsonNode choice = answer.path("choices").path(0);
        if (choice.isMissingNode()) {
            throw new TranslationException(ENGINE + " answered without choices", false);
        }
        if ("length".equals(choice.path("finish_reason").asText())) {
            return new Reply(List.of(), "the reply was cut off (finish_reason length): send smaller batches");
        }
        String content = choice.path("message").path("content").asText("");
        Matcher fence = FENCE.matcher(content);
        if (fence.matches()) {
            content = fence.group(1);
        }
        try {
            JsonNode parsed = json.readTree(content);
            JsonNode translations = parsed == null ? null : parsed.path("translations");
            if (translations == null || !translations.isArray()) {
                return new Reply(List.of(), "the reply is not a JSON object with a translations array");
            }
            List<String> out = new ArrayList<>();
            for (JsonNode t : translations) {
                if (!t.isTextual()) {
                    return new Reply(List.of(), "a translation is not a string");
                }
                out.add(t.asText());
            }
            return new Reply(out, null);
        } catch (IOException e) {
            return new Reply(List.of(), "the reply is not JSON");
        }
    }

    /** Why a reply cannot be used, or null when it can. */
    static String verify(List<String> texts, List<String> translations) {
        if (translations.size() != texts.size()) {
            return "expected " + texts.size() + " translations, got " + translations.size();
        }
        for (int i = 0; i < texts.size(); i++) {
            String source = texts.get(i);
            String target = translations.get(i);
            if (!placeholders(source).equals(placeholders(target))) {
                return "text " + (i + 1) + " lost or changed a protected span (placeholders " + placeholders(source)
                        + ", got " + placeholders(target) + ")";
            }
            if (!source.isBlank() && target.isBlank()) {
                return "text " + (i + 1) + " came back empty";
            }
            if (target.length() > source.length() * MAX_GROWTH + 80
                    || PREAMBLE.matcher(target).find()) {
                return "text " + (i + 1) + " has text added to it";
            }
        }
        return null;
    }

    private static Map<String, Integer> placeholders(String text) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    private String prompt(String from, String to) {
        return settings.prompt().replace("{source}", languageName(from)).replace("{target}", languageName(to));
    }

    /** "Indonesian (id)": models know languages by name better than by code. */
    static String languageName(String code) {
        String base = LanguageCodes.base(code);
        String name = Locale.forLanguageTag(base).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(base) ? base : name + " (" + base + ")";
    }

    private void count(JsonNode usage) {
        double prompt = usage.path("prompt_tokens").asDouble(0);
        double completion = usage.path("completion_tokens").asDouble(0);
        promptTokens.increment(prompt);
        completionTokens.increment(completion);
        cost.increment(prompt / 1000 * settings.inputPricePer1k() + completion / 1000 * settings.outputPricePer1k());
    }

    private HttpRequest.Builder request() {
        String query = settings.apiVersion().isBlank()
                ? ""
                : "?api-version=" + settings.apiVersion().strip();
        HttpRequest.Builder request =
                HttpRequest.newBuilder(JsonHttp.endpoint(settings.url(), "/chat/completions" + query));
        if (!settings.apiKey().isBlank()) {
            if (settings.azureKeyHeader()) {
                request.header("api-key", settings.apiKey());
            } else {
                request.header("Authorization", "Bearer " + settings.apiKey());
            }
        }
        return request;
    }

    private String writeJson(Object value) throws TranslationException {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new TranslationException("cannot write the " + ENGINE + " request", false, e);
        }
    }

    @Override
    public String toString() {
        return "OpenAiChatTranslator[" + settings.url() + ", model " + settings.model() + "]";
    }
}
