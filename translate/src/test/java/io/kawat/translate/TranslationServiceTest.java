package io.kawat.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TranslationServiceTest {
    private static final Set<String> EN_ES = Set.of("en-es");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MutableClock clock = new MutableClock();
    private final List<TranslationService> services = new ArrayList<>();

    @AfterEach
    void close() {
        services.forEach(TranslationService::close);
    }

    @Test
    void shouldFallBackToSecondEngineWhenFirstFails() {
        FakeEngine first = new FakeEngine("first", EN_ES).failNext(new TranslationException("HTTP 500", true));
        FakeEngine second = new FakeEngine("second", EN_ES);
        TranslationService service = service(config("first,second", 10, Map.of()), first, second);

        assertThat(service.translate(List.of("one", "two"), "en", "es", Set.of()))
                .containsExactly(
                        Translation.translated("second:one", "second"), Translation.translated("second:two", "second"));
        assertThat(first.calls()).isEqualTo(1);
    }

    @Test
    void shouldReportFailureRetriableOnlyWhenSomeEngineMayRecover() {
        FakeEngine broken = new FakeEngine("broken", EN_ES)
                .failNext(new TranslationException("HTTP 403", false))
                .failNext(new TranslationException("HTTP 403", false));
        FakeEngine slow = new FakeEngine("slow", EN_ES).failNext(new TranslationException("timed out", true));
        TranslationService service = service(config("slow,broken", 10, Map.of()), broken, slow);

        assertThat(service.translate(List.of("one"), "en", "es", Set.of()))
                .containsExactly(new Translation(null, "broken", TranslationOutcome.FAILED_RETRIABLE));
        TranslationService onlyBroken = service(config("broken", 10, Map.of()), broken);
        assertThat(onlyBroken.translate(List.of("one"), "en", "es", Set.of()))
                .containsExactly(new Translation(null, "broken", TranslationOutcome.FAILED_PERMANENT));
    }

    @Test
    void shouldNotReachEngineWhenTextIsCached() {
        FakeEngine engine = new FakeEngine("engine", EN_ES);
        TranslationService service = service(config("engine", 10, Map.of()), engine);

        List<Translation> first = service.translate(List.of("one", "two"), "en", "es", Set.of());
        List<Translation> second = service.translate(List.of("two", "one"), "en", "es", Set.of());

        assertThat(second).containsExactly(first.get(1), first.get(0));
        assertThat(engine.calls()).isEqualTo(1);
        assertThat(registry.get("kawat.translation.cache")
                        .tag("result", "hit")
                        .counter()
                        .count())
                .isEqualTo(2.0);
        assertThat(registry.get("kawat.translation.cache")
                        .tag("result", "miss")
                        .counter()
                        .count())
                .isEqualTo(2.0);
    }

    @Test
    void shouldServeTextsDifferingOnlyInProtectedSpansFromOneCacheEntry() {
        FakeEngine engine = new FakeEngine("engine", EN_ES, text -> text.toUpperCase(Locale.ROOT));
        TranslationService service = service(config("engine", 10, Map.of()), engine);

        Translation baker = service.translate(List.of("Mr Baker paid 5 dollars"), "en", "es", Set.of("Baker"))
                .get(0);
        Translation smith = service.translate(List.of("Mr Smith paid 7 dollars"), "en", "es", Set.of("Smith"))
                .get(0);

        assertThat(baker.text()).isEqualTo("MR Baker PAID 5 DOLLARS");
        assertThat(smith.text()).isEqualTo("MR Smith PAID 7 DOLLARS");
        assertThat(engine.batches()).containsExactly(List.of("Mr 90001 paid 90002 dollars"));
    }

    @Test
    void shouldCallEngineCeilOfTextsOverBatchSizeTimesWhenBatching() {
        FakeEngine engine = new FakeEngine("engine", EN_ES);
        TranslationService service = service(config("engine", 5, Map.of("engine", 4)), engine);
        List<String> texts =
                IntStream.range(0, 23).mapToObj(TranslationServiceTest::word).toList();

        List<Translation> result = service.translate(texts, "en", "es", Set.of());

        assertThat(engine.calls()).isEqualTo(5);
        assertThat(engine.batches()).extracting(List::size).containsExactlyInAnyOrder(5, 5, 5, 5, 3);
        assertThat(result)
                .extracting(Translation::text)
                .containsExactlyElementsOf(
                        texts.stream().map(t -> "engine:" + t).toList());
    }

    @Test
    void shouldNeverHaveMoreThanMaxConcurrencyCallsInFlightWhenBatchesRunInParallel() {
        FakeEngine engine = new FakeEngine("engine", EN_ES).meetInGroupsOf(3);
        TranslationService service = service(config("engine", 2, Map.of("engine", 3)), engine);
        List<String> texts =
                IntStream.range(0, 42).mapToObj(TranslationServiceTest::word).toList();

        List<Translation> result = service.translate(texts, "en", "es", Set.of());

        assertThat(result).allMatch(Translation::translated);
        assertThat(engine.calls()).isEqualTo(21);
        assertThat(engine.maxInFlight()).isEqualTo(3);
    }

    @Test
    void shouldBoundConcurrencyAcrossCallersWhenManyThreadsTranslate() throws Exception {
        FakeEngine engine = new FakeEngine("engine", EN_ES).meetInGroupsOf(2);
        TranslationService service = service(config("engine", 10, Map.of("engine", 2)), engine);
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            List<Future<List<Translation>>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String text = word(i);
                futures.add(callers.submit(() -> service.translate(List.of(text), "en", "es", Set.of())));
            }
            for (int i = 0; i < 6; i++) {
                assertThat(futures.get(i).get()).containsExactly(Translation.translated("engine:" + word(i), "engine"));
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(engine.maxInFlight()).isEqualTo(2);
    }

    @Test
    void shouldReturnUnsupportedPairWhenNoConfiguredEngineSupportsIt() {
        FakeEngine engine = new FakeEngine("engine", EN_ES);
        TranslationConfig config = new TranslationConfig(
                Map.of("en-es", List.of("engine"), "*", List.of("absent", "engine")),
                10,
                Map.of(),
                Duration.ofSeconds(10));
        TranslationService service = service(config, engine);

        assertThat(service.translate(List.of("one", ""), "en", "id", Set.of()))
                .containsExactly(Translation.unsupported(), Translation.translated("", Translation.IDENTITY));
        assertThat(engine.calls()).isZero();
    }

    @Test
    void shouldReturnTextsUnchangedWhenLanguagesAreTheSame() {
        FakeEngine engine = new FakeEngine("engine", Set.of("es-es"));
        TranslationService service = service(config("engine", 10, Map.of()), engine);

        assertThat(service.translate(List.of("hola"), "ES", "es", Set.of()))
                .containsExactly(Translation.translated("hola", Translation.IDENTITY));
        assertThat(engine.calls()).isZero();
    }

    @Test
    void shouldRestoreProtectedSpansAndLeaveTagsAloneWhenEngineTranslates() {
        FakeEngine engine = new FakeEngine("engine", EN_ES, text -> text.toUpperCase(Locale.ROOT));
        TranslationService service = service(config("engine", 10, Map.of()), engine);

        List<Translation> result = service.translate(
                List.of(
                        "Mr Baker paid 1,200 dollars, said Ana Lima (https://example.com/a?id=3).",
                        "<p class=\"lead\">Baker said <a href=\"https://example.com/7\">hello</a> 7 times</p>"),
                "en",
                "es",
                Set.of("Baker", "Ana Lima"));

        assertThat(result)
                .extracting(Translation::text)
                .containsExactly(
                        "MR Baker PAID 1,200 DOLLARS, SAID Ana Lima (https://example.com/a?id=3).",
                        "<P CLASS=\"LEAD\">Baker SAID <A HREF=\"HTTPS://EXAMPLE.COM/7\">HELLO</A> 7 TIMES</P>");
        assertThat(engine.batches().get(0))
                .containsExactly(
                        "Mr 90001 paid 90002 dollars, said 90003 (90004).",
                        "<p class=\"lead\">90001 said <a href=\"https://example.com/7\">hello</a> 90002 times</p>");
    }

    @Test
    void shouldTranslateTheStretchesBetweenSpansWhenAnEngineLosesOne() {
        FakeEngine lossy = new FakeEngine(
                "lossy", EN_ES, text -> text.replaceAll("[0-9]", "").toUpperCase(java.util.Locale.ROOT));
        FakeEngine careful = new FakeEngine("careful", EN_ES);
        TranslationService service = service(config("lossy,careful", 10, Map.of()), lossy, careful);

        assertThat(service.translate(
                        List.of("Baker paid 5 dollars, said Lima.", "no spans here"),
                        "en",
                        "es",
                        Set.of("Baker", "Lima")))
                .containsExactly(
                        Translation.translated("Baker PAID 5 DOLLARS, SAID Lima.", "lossy"),
                        Translation.translated("NO SPANS HERE", "lossy"));
        assertThat(lossy.batches().get(1))
                .as("the stretches between the placeholders, each on its own")
                .containsExactly("paid", "dollars, said");
        assertThat(careful.batches()).isEmpty();
        assertThat(registry.get("kawat.translation.spans.lost")
                        .tag("engine", "lossy")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(registry.get("kawat.translation.spans.rescued")
                        .tag("engine", "lossy")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void shouldFallBackWhenAnEngineLosesASpanInHtml() {
        FakeEngine lossy = new FakeEngine("lossy", EN_ES, text -> text.replaceAll("[0-9]", ""));
        FakeEngine careful = new FakeEngine("careful", EN_ES);
        TranslationService service = service(config("lossy,careful", 10, Map.of()), lossy, careful);

        assertThat(service.translate(List.of("<p>Baker paid 5</p>"), "en", "es", Set.of("Baker")))
                .containsExactly(Translation.translated("careful:<p>Baker paid 5</p>", "careful"));
    }

    @Test
    void shouldSkipEngineWhileItAskedToWait() {
        FakeEngine limited = new FakeEngine("limited", EN_ES)
                .failNext(new TranslationException("HTTP 429", true, Duration.ofSeconds(60), null));
        FakeEngine spare = new FakeEngine("spare", EN_ES);
        TranslationService service = service(config("limited,spare", 10, Map.of()), limited, spare);

        assertThat(service.translate(List.of("one"), "en", "es", Set.of())
                        .get(0)
                        .engine())
                .isEqualTo("spare");
        assertThat(service.translate(List.of("two"), "en", "es", Set.of())
                        .get(0)
                        .engine())
                .isEqualTo("spare");
        assertThat(limited.calls()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(61));
        assertThat(service.translate(List.of("three"), "en", "es", Set.of()))
                .containsExactly(Translation.translated("limited:three", "limited"));
    }

    @Test
    void shouldSendRepeatedTextsOnce() {
        FakeEngine engine = new FakeEngine("engine", EN_ES);
        TranslationService service = service(config("engine", 10, Map.of()), engine);

        assertThat(service.translate(List.of("a", "b", "a"), "en", "es", Set.of()))
                .extracting(Translation::text)
                .containsExactly("engine:a", "engine:b", "engine:a");
        assertThat(engine.batches()).containsExactly(List.of("a", "b"));
    }

    @Test
    void shouldRenderGlossaryTermsWhicheverEngineTranslatesAndKeepThemFromTheEngine() {
        FakeEngine engine = new FakeEngine("first", Set.of("en-id"));
        TranslationConfig config = new TranslationConfig(
                TranslationConfig.parseEngines("*=first"),
                10,
                Map.of(),
                Duration.ofSeconds(10),
                TranslationConfig.parseGlossary("en-id: Secretary of State=Menlu, State Department=Kemlu"));
        TranslationService service = service(config, engine);

        List<Translation> out = service.translate(
                List.of("The secretary of state spoke for the State Department."), "en", "id", Set.of());

        assertThat(out.get(0).text()).contains("Menlu").contains("Kemlu").doesNotContain("tate");
        assertThat(engine.batches().get(0).get(0))
                .as("the engine never sees the glossary terms")
                .doesNotContain("Secretary")
                .doesNotContain("Department");
    }

    @Test
    void shouldRefuseAMalformedGlossary() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TranslationConfig.parseGlossary("en-id Menlu"))
                .hasMessageContaining("not '<from>-<to>: term=rendering");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TranslationConfig.parseGlossary("en-id: Menlu"))
                .hasMessageContaining("is not 'term=rendering'");
    }

    @Test
    void shouldStopEveryEngineThreadWhenClosed() throws Exception {
        java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(2);
        List<Thread> engineThreads = new java.util.concurrent.CopyOnWriteArrayList<>();
        Translator blocking = new Translator() {
            @Override
            public String engine() {
                return "blocking";
            }

            @Override
            public boolean supports(String from, String to) {
                return true;
            }

            @Override
            public List<String> translate(List<String> texts, String from, String to) throws TranslationException {
                engineThreads.add(Thread.currentThread());
                entered.countDown();
                try {
                    new java.util.concurrent.CountDownLatch(1).await();
                    return texts;
                } catch (InterruptedException e) {
                    throw new TranslationException("interrupted", true, e);
                }
            }
        };
        TranslationService service = new TranslationService(
                config("blocking", 1, Map.of("blocking", 4)),
                List.of(blocking),
                TranslationCache.inMemory(10),
                registry);
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Future<List<Translation>> call =
                    caller.submit(() -> service.translate(List.of("one", "two", "three"), "en", "es", Set.of()));
            assertThat(entered.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(service.closed()).isFalse();

            service.close();

            assertThat(service.closed()).as("the thread pool is terminated").isTrue();
            assertThat(engineThreads)
                    .filteredOn(t -> t.getName().startsWith("kawat-translate-"))
                    .isNotEmpty()
                    .allSatisfy(t -> assertThat(t.isAlive()).isFalse());
            assertThat(call.get(10, java.util.concurrent.TimeUnit.SECONDS))
                    .allSatisfy(t -> assertThat(t.outcome()).isEqualTo(TranslationOutcome.FAILED_RETRIABLE));
        } finally {
            caller.shutdownNow();
        }
    }

    private TranslationService service(TranslationConfig config, Translator... engines) {
        TranslationService service =
                new TranslationService(config, List.of(engines), TranslationCache.inMemory(1_000), registry, clock);
        services.add(service);
        return service;
    }

    private static TranslationConfig config(String engines, int batchSize, Map<String, Integer> concurrency) {
        return new TranslationConfig(
                TranslationConfig.parseEngines("*=" + engines), batchSize, concurrency, Duration.ofSeconds(10));
    }

    /** A distinct text without digits (digits would be protected, making the texts identical to the engine). */
    private static String word(int i) {
        return "text " + (char) ('a' + i / 26) + (char) ('a' + i % 26);
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private volatile Instant now = Instant.parse("2025-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
