package io.kawat.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;

import io.kawat.translate.Translation;
import io.kawat.translate.TranslationCache;
import io.kawat.translate.TranslationConfig;
import io.kawat.translate.TranslationException;
import io.kawat.translate.TranslationOutcome;
import io.kawat.translate.TranslationService;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real translations through the Debian {@code apertium} command with the {@code apertium-eng-spa} pair. */
class ApertiumCommandTranslatorTest {
    private static final String INSTALL_HINT = "The 'apertium' command with the eng-spa pair is required by this test."
            + " Run the project's test command, ./scripts/test, which installs the Debian packages apertium and"
            + " apertium-eng-spa (or: apt-get install -y apertium apertium-eng-spa).";

    private final ApertiumCommandTranslator apertium =
            new ApertiumCommandTranslator("apertium", Duration.ofSeconds(30));

    @BeforeAll
    static void requireApertium() throws InterruptedException {
        try {
            Process process = new ProcessBuilder("apertium", "-l")
                    .redirectErrorStream(true)
                    .start();
            String listing = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            if (!listing.lines().map(String::strip).toList().contains("eng-spa")) {
                fail(INSTALL_HINT + " 'apertium -l' lists: " + listing.strip());
            }
        } catch (IOException e) {
            fail(INSTALL_HINT + " (" + e.getMessage() + ")");
        }
    }

    @Test
    void shouldTranslateEnglishToSpanishWhenPairIsInstalled() throws TranslationException {
        List<String> spanish = apertium.translate(List.of("The house is red."), "en", "es");

        assertThat(spanish).containsExactly("La casa es roja.");
        assertThat(spanish.get(0)).contains("casa").contains("roja");
    }

    @Test
    void shouldKeepOrderAndCountWhenTranslatingABatch() throws TranslationException {
        List<String> spanish = apertium.translate(
                List.of(
                        "The house is red.",
                        "I have two dogs.",
                        "",
                        "The cat is black.",
                        "Good morning.",
                        "  I like the red\n"),
                "en",
                "es");

        assertThat(spanish)
                .containsExactly(
                        "La casa es roja.",
                        "Tengo dos perros.",
                        "",
                        "El gato es negro.",
                        "Buenos días.",
                        "  Me gusta el rojo\n");
    }

    @Test
    void shouldKeepTagsWhenTranslatingHtmlFragments() throws TranslationException {
        List<String> spanish = apertium.translate(
                List.of(
                        "<p>The <b>big</b> house is <a href=\"https://example.com/the-house\">red</a>.</p>",
                        "The cat is black.",
                        "<p>I have <i>two</i> dogs.</p>"),
                "en",
                "es");

        assertThat(spanish)
                .containsExactly(
                        "<p>La casa <b>grande</b> es <a href=\"https://example.com/the-house\">roja</a>.</p>",
                        "El gato es negro.",
                        "<p>Tengo <i>dos</i> perros.</p>");
    }

    @Test
    void shouldTranslateTextsOneByOneWhenAFragmentSwallowsTheSeparator() throws TranslationException {
        // Apertium drops an unclosed comment and everything after it, separator included
        List<String> spanish = apertium.translate(
                List.of("<p>The house</p><!-- open comment", "<p>The cat is black.</p>"), "en", "es");

        assertThat(spanish).containsExactly("<p>La casa</p>", "<p>El gato es negro.</p>");
    }

    @Test
    void shouldReturnProtectedNamesNumbersAndUrlsUnchangedWhenTranslatingThroughTheService()
            throws TranslationException {
        String text = "Mr Baker paid 1,200 dollars at https://example.com/baker?id=7 on Monday.";
        // without protection Apertium translates the name: Baker is a common noun to it
        assertThat(apertium.translate(List.of(text), "en", "es"))
                .singleElement()
                .asString()
                .contains("Panadero");

        try (TranslationService service = new TranslationService(
                TranslationConfig.defaults(),
                List.of(apertium),
                TranslationCache.inMemory(100),
                new SimpleMeterRegistry())) {
            List<Translation> result = service.translate(
                    List.of(text, "<p>Mr Baker visited <a href=\"https://example.com/7\">3 red houses</a>.</p>"),
                    "en",
                    "es",
                    Set.of("Baker"));

            assertThat(result)
                    .containsExactly(
                            Translation.translated(
                                    "Señor Baker pagó 1,200 dólares en https://example.com/baker?id=7 el lunes.",
                                    "apertium"),
                            Translation.translated(
                                    "<p>Señor Baker visitó <a href=\"https://example.com/7\">3 casas rojas</a>.</p>",
                                    "apertium"));
        }
    }

    @Test
    void shouldNotSupportPairWhenItIsNotInstalled() {
        assertThat(apertium.supports("en", "es")).isTrue();
        assertThat(apertium.supports("es", "en")).isTrue();
        assertThat(apertium.supports("en", "id")).isFalse();
        assertThat(apertium.supports("xx", "es")).isFalse();
        assertThatThrownBy(() -> apertium.translate(List.of("The house"), "en", "id"))
                .isInstanceOfSatisfying(
                        TranslationException.class,
                        e -> assertThat(e.retriable()).isFalse());
    }

    @Test
    void shouldReportUnsupportedPairThroughTheServiceWhenNoEngineHasIt() {
        try (TranslationService service = new TranslationService(
                TranslationConfig.defaults(),
                List.of(apertium),
                TranslationCache.inMemory(100),
                new SimpleMeterRegistry())) {
            assertThat(service.translate(List.of("The house is red."), "en", "id", Set.of()))
                    .containsExactly(new Translation(null, null, TranslationOutcome.UNSUPPORTED_PAIR));
        }
    }

    @Test
    void shouldKillTheProcessWhenItOverrunsTheTimeout() {
        ApertiumCommandTranslator impatient = new ApertiumCommandTranslator("apertium", Duration.ofMillis(300));
        assertThat(impatient.supports("en", "es")).isTrue();
        String longText = "The government said on Monday that the new policy would help farmers across the country. "
                .repeat(5_000);

        assertThatThrownBy(() -> impatient.translate(List.of(longText), "en", "es"))
                .isInstanceOfSatisfying(TranslationException.class, e -> {
                    assertThat(e.retriable()).isTrue();
                    assertThat(e.getMessage()).contains("did not finish within PT0.3S; killed");
                });
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(ProcessHandle.current()
                                .descendants()
                                .filter(ProcessHandle::isAlive)
                                .toList())
                        .isEmpty());
    }

    @Test
    void shouldTranslateBothDirectionsWithTwoLetterCodes() throws TranslationException {
        assertThat(apertium.translate(List.of("La casa es roja."), "es", "en")).containsExactly("The house is red.");
        assertThat(Map.of(
                        "es",
                        apertium.translate(List.of("Good morning."), "EN", "ES").get(0)))
                .containsEntry("es", "Buenos días.");
    }
}
