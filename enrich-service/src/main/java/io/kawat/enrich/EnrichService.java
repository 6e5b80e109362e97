package io.kawat.enrich;

import io.kawat.enrich.internal.AnalyzerConfig;
import io.kawat.enrich.internal.MatcherConfig;
import io.kawat.enrich.internal.StoryAnalyzer;
import io.kawat.platform.config.Config;
import io.kawat.platform.streams.StreamsService;
import java.time.Clock;
import java.util.List;

/** The enrich service: {@link EnrichTopology} run as a Kafka Streams service. */
public final class EnrichService {
    private EnrichService() {}

    public static StreamsService create(Config config) {
        StoryAnalyzer analyzer =
                StoryAnalyzer.load(new AnalyzerConfig(EnrichSettings.languages(config.get(EnrichSettings.LANGUAGES))));
        return new StreamsService(
                config,
                new StreamsService.Definition(
                        "enrich",
                        "kawat-enrich",
                        config.get(EnrichSettings.PORT),
                        kafka -> List.of(
                                kafka.topics().wireStories(),
                                kafka.topics().enrichedStories(),
                                kafka.topics().deadLetters(kafka.topics().wireStories())),
                        kafka -> EnrichTopology.build(kafka.topics(), analyzer, matcher(config), Clock.systemUTC()),
                        props -> {}));
    }

    /** The matcher's settings from the configuration ({@code enrich.match.*}; defaults as {@link MatcherConfig#defaults()}). */
    static MatcherConfig matcher(Config config) {
        return new MatcherConfig(
                config.get(EnrichSettings.MATCH_WINDOW),
                config.get(EnrichSettings.MATCH_DUPLICATE_JACCARD),
                config.get(EnrichSettings.MATCH_CLUSTER_THRESHOLD),
                config.get(EnrichSettings.MATCH_MAX_STORIES));
    }
}
