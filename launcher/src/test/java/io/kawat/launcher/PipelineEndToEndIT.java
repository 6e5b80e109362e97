package io.kawat.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.launcher.internal.Home;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path on the real stack: the bundled sample wire files in drop folders → ingest → enrich → publish →
 * articles at the API; three wire reports of one event become one roundup crediting all three sources, in every
 * edition; a kill of one source's item withdraws its passages; an operator's kill withdraws the roundup from the API,
 * the feeds and the stream within seconds.
 */
@ExtendWith(KawatStackExtension.class)
class PipelineEndToEndIT {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path homeDir;

    @Test
    void shouldPublishARoundupOfTheBundledSamplesCreditingEverySource(KawatStack stack) throws Exception {
        Home home = new Home(homeDir);
        home.installSamples();
        Map<String, String> env = env(stack, home);

        try (Pipeline pipeline = Pipeline.start(home.devConfig(), env, home.dir())) {
            String api = pipeline.publishUrl() + "/api/articles?language=en&limit=50";
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        JsonNode roundup = roundup(get(api));
                        assertThat(roundup)
                                .as("an English article crediting Reuters, VOA News and Euronews")
                                .isNotNull();
                    });
            for (String language : List.of("en", "id", "es")) {
                JsonNode roundup = roundup(get(pipeline.publishUrl() + "/api/articles?limit=50&language=" + language));
                assertThat(roundup).as("roundup in " + language).isNotNull();
                assertThat(roundup.path("language").asText()).isEqualTo(language);
            }
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create(pipeline.publishUrl() + "/api/articles/"
                                    + roundup(get(api)).path("uri").asText() + ".html"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
            assertThat(page.body()).contains("Reuters").doesNotContain("<script");
        }
    }

    @Test
    void shouldPublishASpanishRoundupThroughApertiumAndSayIndonesianIsUnavailable(KawatStack stack) throws Exception {
        Home home = new Home(homeDir);
        home.installSamples();
        Map<String, String> env = env(stack, home);

        try (Pipeline pipeline = Pipeline.start(home.devConfig(), env, home.dir())) {
            String api = pipeline.publishUrl() + "/api/articles?limit=50&language=";
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        JsonNode spanish = roundup(get(api + "es"));
                        assertThat(spanish).as("a Spanish roundup").isNotNull();
                        assertThat(spanish.path("ednote").isMissingNode())
                                .as("every passage translated")
                                .isTrue();
                    });
            JsonNode spanish = roundup(get(api + "es"));
            String body = plainBody(spanish);
            assertThat(body)
                    .contains("Según Reuters")
                    .containsAnyOf(" el ", " de la ")
                    .doesNotContain("Blinken promised NATO allies on Tuesday");
            assertThat(spanish.path("headlines").get(0).path("value").asText()).doesNotContain("pledges");

            JsonNode indonesian = roundup(get(api + "id"));
            assertThat(indonesian.path("ednote").asText()).startsWith("Terjemahan belum tersedia");
            assertThat(plainBody(indonesian)).contains("Blinken promised NATO allies on Tuesday");
            assertThat(get(pipeline.translateUrl() + "/health").path("service").asText())
                    .isEqualTo("translate");
        }
    }

    @Test
    void shouldRemoveAKilledSourcesPassagesFromTheRoundupInEveryEdition(KawatStack stack) throws Exception {
        Home home = new Home(homeDir);
        home.installSamples();
        Map<String, String> env = env(stack, home);
        try (Pipeline pipeline = Pipeline.start(home.devConfig(), env, home.dir())) {
            String api = pipeline.publishUrl() + "/api/articles?limit=50&language=";
            await().atMost(Duration.ofSeconds(90)).until(() -> roundup(get(api + "en")) != null);
            String kill = new String(
                            getClass()
                                    .getResourceAsStream("/io/kawat/launcher/samples/reuters/nato-blinken-brussels.xml")
                                    .readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8)
                    .replace("stat:usable", "stat:canceled")
                    .replace("edStat:N", "edStat:D")
                    .replace("version=\"284616934\"", "version=\"284616999\"")
                    .replace("<versionCreated>2021-03-23T11:40:00.000Z", "<versionCreated>2021-03-23T13:00:00.000Z");
            HttpResponse<String> pushed = http.send(
                    HttpRequest.newBuilder(URI.create(pipeline.ingestUrl() + "/ingest/reuters"))
                            .header("Authorization", "Bearer " + env.get("KAWAT_INGEST_PUSH_TOKEN"))
                            .header("Content-Type", "application/xml")
                            .POST(HttpRequest.BodyPublishers.ofString(kill))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(202);
            assertThat(pushed.body()).contains("reuters:tag:reuters.com,2021:newsml_KWT0NATO1");

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (String language : List.of("en", "id", "es")) {
                    // Euronews is credited only in the NATO roundup (VOA also has a story of its own)
                    JsonNode article = articleWithSource(get(api + language), "Euronews");
                    assertThat(article).as(language).isNotNull();
                    List<String> sources = new ArrayList<>();
                    article.path("infosources")
                            .forEach(s -> sources.add(s.path("name").asText()));
                    assertThat(sources)
                            .as("Reuters withdrawn in " + language)
                            .doesNotContain("Reuters")
                            .contains("VOA News");
                }
            });
        }
    }

    @Test
    void shouldContinueAfterARestartWithoutRepublishingAndWithSchemaIdsThatStillDecode(KawatStack stack)
            throws Exception {
        Home home = new Home(homeDir);
        home.installSamples();
        Map<String, String> env = env(stack, home);
        JsonNode before;
        try (Pipeline pipeline = Pipeline.start(home.devConfig(), env, home.dir())) {
            String api = pipeline.publishUrl() + "/api/articles?language=en&limit=50";
            await().atMost(Duration.ofSeconds(90)).until(() -> roundup(get(api)) != null);
            before = roundup(get(api));
        }

        long restart = System.nanoTime();
        try (Pipeline pipeline = Pipeline.start(home.devConfig(), env, home.dir())) {
            Duration startTime = Duration.ofNanos(System.nanoTime() - restart);
            assertThat(startTime)
                    .as("a restart takes its partitions back at once")
                    .isLessThan(Duration.ofSeconds(30));
            String api = pipeline.publishUrl() + "/api/articles?language=en&limit=50";
            await().atMost(Duration.ofSeconds(30)).until(() -> roundup(get(api)) != null);
            JsonNode after = roundup(get(api));
            assertThat(after.path("uri").asText()).isEqualTo(before.path("uri").asText());
            assertThat(after.path("version").asText())
                    .as("nothing re-published")
                    .isEqualTo(before.path("version").asText());
        }
    }

    @Test
    void shouldWithdrawTheRoundupEverywhereWithinSecondsWhenAnOperatorKillsIt(KawatStack stack) throws Exception {
        Home home = new Home(homeDir);
        home.installSamples();
        Map<String, String> env = env(stack, home);

        try (Pipeline pipeline = Pipeline.start(home.devConfig(), env, home.dir())) {
            String base = pipeline.publishUrl();
            Map<String, String> uris = new HashMap<>();
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        for (String language : List.of("en", "id", "es")) {
                            JsonNode roundup = roundup(get(base + "/api/articles?limit=50&language=" + language));
                            assertThat(roundup).as("roundup in " + language).isNotNull();
                            uris.put(language, roundup.path("uri").asText());
                        }
                    });
            String english = uris.get("en");
            assertThat(text(base + "/api/feeds/en/all.atom")).contains(english);
            SseLines stream = new SseLines();
            http.sendAsync(
                    HttpRequest.newBuilder(URI.create(base + "/api/stream"))
                            .header("Accept", "text/event-stream")
                            .build(),
                    HttpResponse.BodyHandlers.fromLineSubscriber(stream));

            HttpResponse<String> kill = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/articles/" + english + "/kill"))
                            .header("Authorization", "Bearer " + env.get("KAWAT_SECURITY_OPERATOR_TOKEN"))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"end-to-end kill\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(kill.statusCode()).as(kill.body()).isEqualTo(202);

            try {
                await().atMost(Duration.ofSeconds(15))
                        .pollInterval(Duration.ofMillis(200))
                        .untilAsserted(() -> {
                            for (String uri : uris.values()) {
                                assertThat(get(base + "/api/articles/" + uri)
                                                .path("pubstatus")
                                                .asText())
                                        .as(uri)
                                        .isEqualTo("canceled");
                            }
                            assertThat(text(base + "/api/feeds/en/all.atom")).doesNotContain(english);
                            assertThat(stream.lines())
                                    .anySatisfy(line -> assertThat(line)
                                            .startsWith("data:")
                                            .contains("\"uri\":\"" + english + "\"")
                                            .contains("\"pubstatus\":\"canceled\""));
                        });
            } finally {
                stream.cancel();
            }
        }
    }

    /** The lines of a Server-Sent Events response as they arrive. */
    private static final class SseLines implements Flow.Subscriber<String> {
        private final List<String> lines = new CopyOnWriteArrayList<>();
        private volatile Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            lines.add(line);
        }

        @Override
        public void onError(Throwable error) {
            lines.add("error: " + error);
        }

        @Override
        public void onComplete() {
            // the server closed the stream
        }

        List<String> lines() {
            return lines;
        }

        void cancel() {
            if (subscription != null) {
                subscription.cancel();
            }
        }
    }

    private static Map<String, String> env(KawatStack stack, Home home) {
        Map<String, String> env = new HashMap<>();
        env.put("KAWAT_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
        env.put("KAWAT_REGISTRY_URL", stack.registryUrl());
        env.put("KAWAT_TOPICS_PREFIX", stack.uniqueName("e2e") + ".");
        env.put("KAWAT_DATA_DIR", home.dir().resolve("data").toString());
        env.put("KAWAT_INGEST_PUSH_TOKEN", "e2e-push-token");
        env.put("KAWAT_SECURITY_OPERATOR_TOKEN", "e2e-operator-token");
        env.put("KAWAT_INGEST_PORT", "0");
        env.put("KAWAT_ENRICH_PORT", "0");
        env.put("KAWAT_PUBLISH_PORT", "0");
        env.put("KAWAT_TRANSLATE_PORT", "0");
        env.put("KAWAT_CONSOLE_PORT", "0");
        env.put("KAWAT_INGEST_FOLDER_SCAN_INTERVAL", "200ms");
        return env;
    }

    /** The first article crediting {@code source}, or null. */
    private static JsonNode articleWithSource(JsonNode page, String source) {
        for (JsonNode item : page.path("items")) {
            for (JsonNode s : item.path("infosources")) {
                if (s.path("name").asText().equals(source)) {
                    return item;
                }
            }
        }
        return null;
    }

    /** The plain-text body of a ninjs article. */
    private static String plainBody(JsonNode article) {
        for (JsonNode body : article.path("bodies")) {
            if (body.path("contenttype").asText().equals("text/plain")) {
                return body.path("value").asText();
            }
        }
        return "";
    }

    /** The article whose sources include Reuters, VOA News and Euronews, or null. */
    private static JsonNode roundup(JsonNode page) {
        for (JsonNode item : page.path("items")) {
            List<String> sources = new ArrayList<>();
            item.path("infosources").forEach(s -> sources.add(s.path("name").asText()));
            if (sources.containsAll(List.of("Reuters", "VOA News", "Euronews"))) {
                return item;
            }
        }
        return null;
    }

    private String text(String url) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isIn(200, 503);
        return response.statusCode() == 200 ? json.readTree(response.body()) : json.createObjectNode();
    }
}
