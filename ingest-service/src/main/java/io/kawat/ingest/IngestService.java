package io.kawat.ingest;

import io.kawat.ingest.internal.door.CommandListener;
import io.kawat.ingest.internal.door.FeedPoller;
import io.kawat.ingest.internal.door.FeedScheduler;
import io.kawat.ingest.internal.door.PushEndpoint;
import io.kawat.ingest.internal.fetch.FeedFetcher;
import io.kawat.ingest.internal.fetch.Sleeper;
import io.kawat.ingest.internal.health.FeedHealth;
import io.kawat.ingest.internal.parse.WireParsers;
import io.kawat.ingest.internal.pipeline.Ingestor;
import io.kawat.ingest.internal.source.SourceConfig;
import io.kawat.ingest.internal.source.SourceType;
import io.kawat.ingest.internal.source.SourcesLoader;
import io.kawat.ingest.internal.version.SeenStateLoader;
import io.kawat.ingest.internal.version.StoryLog;
import io.kawat.platform.config.CommonSettings;
import io.kawat.platform.config.Config;
import io.kawat.platform.http.AdminServer;
import io.kawat.platform.http.Metrics;
import io.kawat.platform.kafka.KafkaContext;
import io.kawat.platform.lifecycle.Service;
import io.kawat.platform.lifecycle.ServiceGroup;
import io.kawat.schemas.Topic;
import io.kawat.schemas.avro.FeedStatus;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: feeds, pushes and drop folders in, one {@code WireStory} per new version out on
 * {@code wire.stories.v1}, feed health on {@code ingest.feed-status.v1}.
 */
public final class IngestService implements Service {
    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final Config config;
    private final List<SourceConfig> sources;
    private final PrometheusMeterRegistry metrics = Metrics.forService("ingest");
    private volatile ServiceGroup parts;
    private volatile boolean ready;
    private volatile CommandListener commands;
    private AdminServer http;

    public IngestService(Config config, List<SourceConfig> sources) {
        this.config = config;
        this.sources = List.copyOf(sources);
    }

    /**
     * The service with the sources of its configuration ({@code sources:}): relative folders resolve against {@code
     * baseDir}, header values name variables of {@code env}.
     */
    public static IngestService withConfiguredSources(Config config, Path baseDir, Map<String, String> env) {
        return new IngestService(config, SourcesLoader.load(config.section("sources"), baseDir, env));
    }

    @Override
    public String name() {
        return "ingest";
    }

    /** Opens everything, each part kept for {@link #close()}; a failure closes what was opened. */
    @Override
    public void start() {
        synchronized (this) {
            if (parts != null) {
                throw new IllegalStateException("ingest was started already");
            }
            parts = ServiceGroup.resources();
        }
        try {
            open();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void open() {
        KafkaContext kafka = keep(KafkaContext.connect(config));
        Topic<String, String> seenTopic = kafka.topics().ingestSeen();
        List<Topic<?, ?>> topics = List.of(
                kafka.topics().wireStories(),
                kafka.topics().feedStatus(),
                kafka.topics().feedCommands(),
                kafka.topics().deadLetters(kafka.topics().feedCommands()),
                seenTopic);
        kafka.provision(topics, Duration.ofSeconds(60));
        StoryLog storyLog = keep(new StoryLog(
                kafka.clients(),
                config.get(CommonSettings.TOPIC_PREFIX) + "kawat-ingest-" + config.get(CommonSettings.INSTANCE_ID),
                kafka.topics().wireStories(),
                seenTopic,
                kafka.topics().feedStatus(),
                SeenStateLoader.load(kafka.clients(), seenTopic, Duration.ofSeconds(60))));
        Clock clock = Clock.systemUTC();
        Ingestor ingestor = new Ingestor(new WireParsers(IngestTunables.parseLimits(config)), storyLog, metrics, clock);
        FeedFetcher fetcher = new FeedFetcher(
                IngestTunables.fetchPolicy(config), clock, Sleeper.system(), RandomGenerator.getDefault());
        int maxBytes = config.get(IngestSettings.MAX_PUSH_BYTES);
        // each feed carries on from the status it had before a restart, instead of starting from "never"
        Map<String, FeedStatus> previous =
                SeenStateLoader.latest(kafka.clients(), kafka.topics().feedStatus(), Duration.ofSeconds(60));
        Function<SourceConfig, FeedHealth> health = s -> {
            FeedStatus before = previous.get(s.feedId());
            // a source pushed to without being configured has no display name: its last one, or its id, stands in
            String name = s.name() != null ? s.name() : before != null ? before.getSourceName() : s.id();
            FeedHealth h = new FeedHealth(s.feedId(), name, config.get(IngestSettings.QUIET_AFTER), clock);
            if (before != null) {
                h.restore(before);
            }
            return h;
        };
        List<FeedPoller> pollers = sources.stream()
                .filter(s -> s.type() != SourceType.PUSH)
                .map(s -> new FeedPoller(s, ingestor, fetcher, health.apply(s), maxBytes))
                .toList();
        // push-only: the configured ones, and those pushed to before this start without being configured
        Set<String> configured = sources.stream().map(SourceConfig::feedId).collect(Collectors.toSet());
        List<FeedHealth> pushOnly = Stream.concat(
                        sources.stream().filter(s -> s.type() == SourceType.PUSH),
                        previous.values().stream()
                                .filter(p -> p.getLastPush() != null && !configured.contains(p.getFeedId()))
                                .map(p -> SourceConfig.adHoc(p.getFeedId())))
                .map(health)
                .toList();
        FeedScheduler scheduler = keep(new FeedScheduler(
                pollers, pushOnly, health, storyLog, config.get(IngestSettings.FOLDER_SCAN), metrics));

        http = keep(new AdminServer(
                "ingest",
                config.get(CommonSettings.BIND_HOST),
                config.get(IngestSettings.PORT),
                metrics,
                this::isReady));
        Map<String, SourceConfig> byId = sources.stream().collect(Collectors.toMap(SourceConfig::id, s -> s));
        new PushEndpoint(ingestor, byId::get, config.get(IngestSettings.PUSH_TOKEN), maxBytes, scheduler::pushed)
                .register(http.app());
        http.app()
                .get(
                        "/feeds",
                        ctx -> ctx.json(scheduler.statuses().stream()
                                .map(FeedStatusJson::of)
                                .toList()));
        http.start();
        commands = keep(CommandListener.start(
                kafka.clients(),
                kafka.topics().feedCommands(),
                kafka.topics().deadLetters(kafka.topics().feedCommands()),
                scheduler::apply));
        scheduler.start();
        ready = true;
        log.info(
                "Ingest ready: push endpoint {}/ingest/{{sourceId}}, feeds {}/feeds, {} sources",
                http.url(),
                http.url(),
                sources.size());
    }

    /** The HTTP base URL (valid after start). */
    public String url() {
        return http.url();
    }

    /** Started, and the operator commands are being read (false while that loop is down after an error). */
    @Override
    public boolean isReady() {
        CommandListener listener = commands;
        return ready && listener != null && listener.isUp();
    }

    /** Closes every part, last opened first. */
    @Override
    public void close() {
        ready = false;
        ServiceGroup open = parts;
        if (open != null) {
            open.close();
        }
    }

    private <C extends AutoCloseable> C keep(C resource) {
        return parts.add(resource);
    }
}
