package io.kawat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.kawat.ingest.internal.source.SourceConfig;
import io.kawat.ingest.internal.source.SourceType;
import io.kawat.platform.config.Config;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.registry.RegistryClientConfig;
import io.kawat.schemas.registry.RestSchemaRegistryClient;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Hostile input through every door of a running ingest service: clear errors, good items kept, nothing leaves loopback. */
@ExtendWith(KawatStackExtension.class)
class HostileDoorsIT {
    private static final String TOKEN = "hostile-test-token";
    private static final String BILLION_LAUGHS = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
            + "<rss version=\"2.0\"><channel><title>&lol3;</title></channel></rss>";

    @TempDir
    Path home;

    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer feeds;
    private IngestService ingest;

    @AfterEach
    void stop() {
        if (ingest != null) {
            ingest.close();
        }
        if (feeds != null) {
            feeds.stop(0);
        }
    }

    @Test
    void shouldAnswerHostilePushesClearlyAndKeepTheGoodItems(KawatStack stack) throws Exception {
        Topics topics = start(stack, List.of());

        assertRefused(push(BILLION_LAUGHS), 400, "KWT-2005");
        assertRefused(
                push("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"http://127.0.0.1:1/evil\">]><rss/>"),
                400,
                "KWT-2005");
        assertRefused(
                push(gzip(("<rss>" + "a".repeat(5_000_000) + "</rss>").getBytes(StandardCharsets.UTF_8))),
                400,
                "KWT-2001");
        assertRefused(push(new byte[21 * 1024 * 1024]), 413, "KWT-3005");

        HttpResponse<String> mixed = push((rss(item(
                                "good-1",
                                "Harbour reopens",
                                "<p>Ships return.</p><script>alert(1)</script>"
                                        + "<img src=\"https://t.example/p.gif\" width=\"1\" height=\"1\"><a href=\"javascript:alert(2)\">x</a>"))
                        .replace("</channel></rss>", "<item><title>Cut off"))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(mixed.statusCode()).isEqualTo(202);
        JsonNode answer = new ObjectMapper().readTree(mixed.body());
        assertThat(answer.path("accepted")).extracting(JsonNode::asText).containsExactly("hostile:good-1");
        assertThat(answer.path("rejected").toString()).contains("KWT-2009");

        WireStory good = await().atMost(Duration.ofSeconds(30))
                .until(() -> find(stack, topics, "hostile:good-1"), s -> s != null);
        assertThat(good.getBodyHtml()).contains("Ships return.").doesNotContain("<script", "javascript:", "p.gif");
    }

    @Test
    void shouldMoveHostileDropFilesToFailedWithAReasonAndIngestTheOthers(KawatStack stack) throws Exception {
        Path inbox = Files.createDirectories(home.resolve("inbox/drop"));
        Files.writeString(inbox.resolve("bomb.xml"), BILLION_LAUGHS);
        Files.write(
                inbox.resolve("latin1.rss"),
                rss(item("latin-1", "Caf\u00e9 reopens in S\u00e3o Paulo", "<p>Ma\u00e7\u00e3</p>"))
                        .replace("UTF-8", "ISO-8859-1")
                        .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(inbox.resolve("good.rss"), rss(item("drop-good", "Storm passes", "<p>Calm again.</p>")));
        SourceConfig drop = new SourceConfig(
                "drop", "Drop Wire", SourceType.FOLDER, null, inbox, Duration.ZERO, "en", null, true, false, Map.of());
        Topics topics = start(stack, List.of(drop));

        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(inbox.resolve("failed/bomb.xml.reason.txt")));
        assertThat(Files.readString(inbox.resolve("failed/bomb.xml.reason.txt")))
                .contains("KWT-2005");
        await().atMost(Duration.ofSeconds(30)).until(() -> find(stack, topics, "drop:drop-good") != null);
        assertThat(find(stack, topics, "drop:latin-1").getHeadline()).isEqualTo("Caf\u00e9 reopens in S\u00e3o Paulo");
        assertThat(inbox.resolve("processed/good.rss")).exists();
    }

    @Test
    void shouldRefuseAFeedThatRedirectsToAPrivateAddressAndReportItFailing(KawatStack stack) throws Exception {
        feeds = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        feeds.createContext("/feed", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        feeds.start();
        SourceConfig feed = new SourceConfig(
                "redirecting",
                "Redirecting Wire",
                SourceType.HTTP,
                URI.create("http://127.0.0.1:" + feeds.getAddress().getPort() + "/feed"),
                null,
                Duration.ofHours(1),
                "en",
                null,
                true,
                true,
                Map.of());
        start(stack, List.of(feed));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode status = new ObjectMapper()
                    .readTree(http.send(
                                    HttpRequest.newBuilder(URI.create(ingest.url() + "/feeds"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body())
                    .get(0);
            assertThat(status.path("state").asText()).isEqualTo("FAILING");
            assertThat(status.path("errorCode").asText()).isEqualTo("KWT-1009");
        });
    }

    private Topics start(KawatStack stack, List<SourceConfig> sources) {
        String prefix = stack.uniqueName("hostile") + ".";
        Map<String, String> env = WireTopicReader.env(stack, prefix, TOKEN);
        env.put("KAWAT_INGEST_FOLDER_SCAN_INTERVAL", "200ms");
        ingest = new IngestService(Config.load(IngestSettings.all(), null, env), sources);
        ingest.start();
        return Topics.create(
                TopicsConfig.defaults().withNamePrefix(prefix),
                new RestSchemaRegistryClient(RegistryClientConfig.of(stack.registryUrl())));
    }

    private static WireStory find(KawatStack stack, Topics topics, String storyId) {
        return WireTopicReader.readAll(stack.bootstrapServers(), topics.wireStories()).stream()
                .filter(s -> s.getStoryId().equals(storyId))
                .findFirst()
                .orElse(null);
    }

    private HttpResponse<String> push(String body) throws Exception {
        return push(body.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> push(byte[] body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(ingest.url() + "/ingest/hostile"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/xml")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertRefused(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains(code);
    }

    private static String rss(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Hostile Wire</title>"
                + "<link>https://wire.example.test/</link><description>t</description>" + items + "</channel></rss>";
    }

    private static String item(String guid, String title, String html) {
        return "<item><title>" + title + "</title><guid isPermaLink=\"false\">" + guid + "</guid>"
                + "<pubDate>Tue, 23 Mar 2021 10:00:00 +0000</pubDate><description><![CDATA[" + html
                + "]]></description></item>";
    }

    private static byte[] gzip(byte[] raw) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        }
        return out.toByteArray();
    }
}
