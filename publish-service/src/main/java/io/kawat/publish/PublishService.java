package io.kawat.publish;

import io.kawat.platform.config.Config;
import io.kawat.platform.streams.StreamsService;
import io.kawat.publish.internal.api.ArticleApi;
import io.kawat.publish.internal.api.ArticleEvents;
import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.publish.internal.compose.ArticleComposer;
import io.kawat.publish.internal.compose.ComposerConfig;
import java.time.Clock;
import java.util.List;

/** The publish service: {@link PublishTopology} as a Kafka Streams service, with the article API on its HTTP server. */
public final class PublishService {
    private PublishService() {
    }

    /** A started-ready service: call {@code start()} (the group does) to serve. */
    public static StreamsService create(Config config) {
        List<String> editions = PublishSettings.editions(config.get(PublishSettings.EDITIONS));
        Chrome chrome = Chrome.load();
        ArticleComposer composer = new ArticleComposer(new ComposerConfig(config.get(PublishSettings.OUTLET),
                config.get(PublishSettings.BYLINE), editions), chrome);
        StreamsService service = new StreamsService(config, new StreamsService.Definition("publish", "kawat-publish",
                config.get(PublishSettings.PORT),
                kafka -> List.of(kafka.topics().enrichedStories(), kafka.topics().articles(),
                        kafka.topics().deadLetters(kafka.topics().enrichedStories())),
                kafka -> PublishTopology.build(kafka.topics(), composer, editions, Clock.systemUTC()),
                props -> { }));
        service.prepare();
        ArticleEvents events = ArticleEvents.start(service.kafka().bootstrapServers(), service.kafka().topics().articles());
        new ArticleApi(service.runner(), events, config.get(PublishSettings.PUBLIC_URL), chrome).register(service.http().app());
        service.http().app().events(e -> e.serverStopping(events::close));
        return service;
    }
}
