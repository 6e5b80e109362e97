package io.kawat.console;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.slf4j.LoggerFactory;

/**
 * The console as an operator uses it, in Debian's headless Chromium, on the real stack with ingest, enrich and
 * publish running: a failing loopback feed turns red, the operator signs in and pauses it, an article pushed to
 * ingest arrives live and is killed; poison records show up as dead letters with their reasons and are replayed with
 * progress. Screenshots of each step are kept in {@code target/screenshots/}.
 */
@ExtendWith(KawatStackExtension.class)
class ConsoleBrowserIT {
    private static final String OPERATOR_TOKEN = "browser-it-operator-token-9f3a";
    private static final String PUSH_TOKEN = "browser-it-push-token";
    private static final String FAILING_RED = "rgba(217, 48, 37, 1)";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

    @TempDir
    Path home;

    private String prefix;

    @Test
    void shouldShowAFailingFeedPauseItAndKillAnArticleThatArrivedLiveWhenAnOperatorSignsIn(KawatStack stack)
            throws Exception {
        ListAppender<ILoggingEvent> logs = captureLogs();
        try (Browser browser = new Browser(SCREENSHOTS);
                FailingFeed feed = new FailingFeed();
                InProcessKawat kawat = new InProcessKawat(config(feed), env(stack), home)) {
            browser.open(kawat.consoleUrl());
            browser.waitUntil(30, "the live channel opens", ExpectedConditions.textToBe(By.id("live"), "live"));

            browser.waitUntil(
                    90,
                    "the failing feed turns FAILING",
                    ExpectedConditions.textToBe(
                            By.cssSelector("tr[data-feed='failing-wire'] td.state .badge"), "FAILING"));
            WebElement state = browser.find("tr[data-feed='failing-wire'] td.state .badge");
            assertThat(state.getCssValue("background-color"))
                    .as("FAILING is red")
                    .isEqualTo(FAILING_RED);
            assertThat(browser.find("tr[data-feed='failing-wire'] td.error").getText())
                    .contains("KWT-1003")
                    .contains("500");
            assertThat(browser.find("tr[data-feed='failing-wire'] button[data-action='pause']")
                            .isEnabled())
                    .as("read-only before sign-in")
                    .isFalse();
            browser.screenshot("01-feed-failing-read-only");

            signIn(browser);
            browser.find("tr[data-feed='failing-wire'] button[data-action='pause']")
                    .click();
            browser.waitUntil(
                    30,
                    "the feed turns PAUSED",
                    ExpectedConditions.textToBe(
                            By.cssSelector("tr[data-feed='failing-wire'] td.state .badge"), "PAUSED"));
            browser.screenshot("02-feed-paused");

            browser.find("a[data-tab='articles']").click();
            int status = push(kawat.ingestUrl());
            assertThat(status).isEqualTo(202);
            browser.waitUntil(
                    120,
                    "the pushed story arrives as an English article",
                    ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("#article-list li[data-uri$=':en'][data-status='USABLE']")));
            browser.screenshot("03-article-arrived-live");

            new Select(browser.find("#filter-language")).selectByValue("en");
            browser.waitUntil(
                    30,
                    "only English articles are listed",
                    d -> d.findElements(By.cssSelector("#article-list li")).stream()
                                    .allMatch(li -> li.getAttribute("data-uri").endsWith(":en"))
                            && !d.findElements(By.cssSelector("#article-list li"))
                                    .isEmpty());
            WebElement item = browser.find("#article-list li[data-uri$=':en']");
            String uri = item.getAttribute("data-uri");
            item.click();
            browser.waitUntil(
                    30,
                    "the article view opens with its versions",
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-view table.versions tr")));
            assertThat(browser.find("#article-view iframe.preview").getAttribute("sandbox"))
                    .isEqualTo("allow-popups");
            assertThat(browser.find("#article-view ul.sources").getText()).contains("Harbour Wire");
            browser.screenshot("04-article-view");

            browser.find("#kill-reason").sendKeys("Console test: wrong terminal name");
            browser.find("#kill-button").click();
            browser.waitUntil(
                    60,
                    "the article is withdrawn",
                    ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("#article-list li[data-uri='" + uri + "'][data-status='CANCELED']")));
            browser.screenshot("05-article-killed");

            browser.find("a[data-tab='audit']").click();
            browser.waitUntil(
                    30,
                    "the audit trail shows the kill",
                    ExpectedConditions.textToBePresentInElementLocated(By.id("audit-table"), "article.kill"));
            String audit = browser.find("#audit-table").getText();
            assertThat(audit)
                    .contains("feed.pause")
                    .contains("failing-wire")
                    .contains("session.sign-in")
                    .contains("dewi");
            browser.screenshot("06-audit-trail");

            browser.find("a[data-tab='pipeline']").click();
            browser.waitUntil(
                    30,
                    "the kill command is counted",
                    d -> !d.findElement(
                                    By.cssSelector("#topic-table tr[data-topic='publish.commands.v1'] td:last-child"))
                            .getText()
                            .equals("0"));
            assertThat(browser.find("#topic-table tr[data-topic='news.articles.v1'] svg.spark"))
                    .isNotNull();
            browser.screenshot("07-pipeline");
            replayDeadLetters(browser, stack);
            assertThat(browser.driver().getPageSource()).doesNotContain(OPERATOR_TOKEN);
        }
        assertThat(logs.list)
                .as("no log line carries the operator token")
                .noneMatch(e -> e.getFormattedMessage().contains(OPERATOR_TOKEN));
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
    }

    /** Poison records on wire.stories.v1 go to its dead-letter topic; a replay sends them back (and enrich refuses them again). */
    private void replayDeadLetters(Browser browser, KawatStack stack) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 1; i <= 3; i++) {
                producer.send(
                        new ProducerRecord<>(prefix + "wire.stories.v1", "poison-" + i, new byte[] {9, 9, (byte) i}));
            }
        }
        String row = "#dlq-table tr[data-dlq='wire.stories.v1.dlq.v1']";
        browser.waitUntil(
                60, "three dead letters", ExpectedConditions.textToBe(By.cssSelector(row + " td:nth-child(2)"), "3"));
        browser.find(row + " button:not([data-action])").click();
        browser.waitUntil(
                30,
                "the dead letters are listed",
                ExpectedConditions.numberOfElementsToBe(By.cssSelector("#dlq-records tr[data-letter]"), 3));
        assertThat(browser.find("#dlq-records").getText())
                .contains("poison-2")
                .contains("fewer than the 5-byte Confluent wire-format header");
        browser.screenshot("08-dead-letters");

        browser.find(row + " button[data-action='replay-all']").click();
        browser.waitUntil(
                30,
                "the replay reports its progress to the end",
                ExpectedConditions.textToBePresentInElementLocated(By.id("jobs"), "3 of 3 done"));
        browser.waitUntil(
                60,
                "enrich refuses the replayed poison again",
                ExpectedConditions.textToBe(By.cssSelector(row + " td:nth-child(2)"), "6"));
        browser.screenshot("09-dead-letters-replayed");
    }

    private static void signIn(Browser browser) {
        browser.find("#operator-name").sendKeys("dewi");
        browser.find("#operator-token").sendKeys(OPERATOR_TOKEN);
        browser.find("#signin-button").click();
        browser.waitUntil(30, "the operator is signed in", ExpectedConditions.textToBe(By.id("operator"), "dewi"));
        assertThat(browser.find("#operator-token").getAttribute("value"))
                .as("the token field is cleared")
                .isEmpty();
        browser.waitUntil(
                10,
                "actions are enabled",
                ExpectedConditions.elementToBeClickable(
                        By.cssSelector("tr[data-feed='failing-wire'] button[data-action='pause']")));
    }

    /** Pushes one wire story to ingest, as an agency would. */
    private static int push(String ingestUrl) throws Exception {
        String now = ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME);
        String rss = String.format(Locale.ROOT, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Harbour Wire</title><link>https://wire.example.org/</link>
                <description>Test wire</description>
                <item><guid isPermaLink="false">harbour-%d</guid>
                <title>Surabaya harbour authority opens a new ferry terminal for island routes</title>
                <link>https://wire.example.org/ferry-terminal</link><pubDate>%s</pubDate>
                <description>The harbour authority of Surabaya opened a new ferry terminal on Monday, adding twelve
                berths for ships to Madura and Bali. Officials said the terminal would carry two million passengers
                a year and cut waiting times at the old port by half. Ferry operators welcomed the move.</description>
                </item></channel></rss>
                """, System.nanoTime(), now);
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(ingestUrl + "/ingest/harbour-wire"))
                                .header("Authorization", "Bearer " + PUSH_TOKEN)
                                .header("Content-Type", "application/rss+xml")
                                .POST(HttpRequest.BodyPublishers.ofString(rss))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    private Path config(FailingFeed feed) throws Exception {
        Path file = home.resolve("kawat.yaml");
        Files.writeString(file, String.format(Locale.ROOT, """
                sources:
                  - id: failing-wire
                    name: Failing Wire
                    type: http
                    url: %s
                    poll-interval: 1s
                    allow-private-network: true
                  - id: harbour-wire
                    name: Harbour Wire
                    type: push
                    language: en
                """, feed.url()));
        return file;
    }

    private Map<String, String> env(KawatStack stack) {
        Map<String, String> env = new HashMap<>();
        env.put("KAWAT_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
        env.put("KAWAT_REGISTRY_URL", stack.registryUrl());
        prefix = stack.uniqueName("console-ui") + ".";
        env.put("KAWAT_TOPICS_PREFIX", prefix);
        env.put("KAWAT_DATA_DIR", home.resolve("data").toString());
        env.put("KAWAT_INGEST_PUSH_TOKEN", PUSH_TOKEN);
        env.put("KAWAT_SECURITY_OPERATOR_TOKEN", OPERATOR_TOKEN);
        env.put("KAWAT_INGEST_PORT", "0");
        env.put("KAWAT_ENRICH_PORT", "0");
        env.put("KAWAT_PUBLISH_PORT", "0");
        env.put("KAWAT_CONSOLE_PORT", "0");
        env.put("KAWAT_CONSOLE_SAMPLE_INTERVAL", "1s");
        return env;
    }

    private static ListAppender<ILoggingEvent> captureLogs() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
        return appender;
    }
}
