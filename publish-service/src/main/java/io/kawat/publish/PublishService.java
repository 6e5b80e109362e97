package io.kawat.publish;

import io.kawat.platform.config.CommonSettings;
import io.kawat.platform.config.Config;
import io.kawat.platform.config.ConfigException;
import io.kawat.platform.http.AdminServer;
import io.kawat.platform.kafka.KafkaContext;
import io.kawat.platform.streams.StreamsService;
import io.kawat.publish.internal.api.ArticleApi;
import io.kawat.publish.internal.api.ArticleEvents;
import io.kawat.publish.internal.api.CommandPublisher;
import io.kawat.publish.internal.api.OperatorApi;
import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.publish.internal.compose.ArticleComposer;
import io.kawat.publish.internal.compose.ComposerConfig;
import io.kawat.publish.internal.ninjs.NinjsMapper;
import io.kawat.publish.internal.topology.PublishStores;
import io.kawat.publish.internal.webhook.Sleeper;
import io.kawat.publish.internal.webhook.WebhookSubscriber;
import io.kawat.publish.internal.webhook.Webhooks;
import io.kawat.publish.internal.webhook.WebhooksLoader;
import io.kawat.schemas.Topic;
import io.kawat.schemas.Topics;
import io.kawat.schemas.avro.Article;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;

/**
 * The publish service: {@link PublishTopology} as a Kafka Streams service, with the article API, the operator write
 * operations and the webhook deliveries ({@code publish.webhooks}) on its HTTP server's lifecycle.
 */
public final class PublishService {
    private PublishService() {}

    /** As {@link #create(Config, Map)} with this process's environment (webhook secrets are read from it). */
    public static StreamsService create(Config config) {
        return create(config, Config.systemEnv());
    }

    /**
     * A prepared service: call {@code start()} (the group does) to serve. {@code env} holds the environment variables
     * the webhook entries name for their secrets; throws {@link ConfigException} listing every problem of the list.
     */
    public static StreamsService create(Config config, Map<String, String> env) {
        List<String> editions = config.get(PublishSettings.EDITIONS);
        List<WebhookSubscriber> subscribers = WebhooksLoader.load(config.section("publish.webhooks"), env);
        Chrome chrome = Chrome.load();
        ArticleComposer composer = new ArticleComposer(
                new ComposerConfig(config.get(PublishSettings.OUTLET), config.get(PublishSettings.BYLINE), editions),
                chrome);
        // the port is fixed before start so that other instances can be told where to forward reads
        HostInfo self = new HostInfo(advertisedHost(config), AdminServer.resolvePort(config.get(PublishSettings.PORT)));
        StreamsService service = new StreamsService(
                config,
                new StreamsService.Definition(
                        "publish",
                        "kawat-publish",
                        self.port(),
                        kafka -> topics(kafka.topics()),
                        kafka -> PublishTopology.build(kafka.topics(), composer, editions, Clock.systemUTC()),
                        props -> props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port())));
        service.prepare();
        KafkaContext kafka = service.kafka();
        ArticleEvents events =
                ArticleEvents.start(kafka.bootstrapServers(), kafka.topics().articles());
        CommandPublisher commands =
                CommandPublisher.create(kafka.bootstrapServers(), kafka.topics().articleCommands());
        Webhooks webhooks = new Webhooks(
                subscribers,
                new Webhooks.Settings(
                        config.get(PublishSettings.WEBHOOK_INITIAL_BACKOFF),
                        config.get(PublishSettings.WEBHOOK_MAX_BACKOFF),
                        config.get(PublishSettings.WEBHOOK_TIMEOUT)),
                kafka.bootstrapServers(),
                kafka.topics(),
                config.get(CommonSettings.TOPIC_PREFIX),
                new NinjsMapper(chrome),
                service.metrics(),
                Clock.systemUTC(),
                Sleeper.system());
        new ArticleApi(service.runner(), events, config.get(PublishSettings.PUBLIC_URL), chrome, self)
                .register(service.http().app());
        new OperatorApi(config.get(CommonSettings.OPERATOR_TOKEN), latest(service), commands, Clock.systemUTC())
                .register(service.http().app());
        service.http().app().events(e -> {
            e.serverStarted(webhooks::start);
            e.serverStopping(() -> {
                webhooks.close();
                commands.close();
                events.close();
            });
        });
        return service;
    }

    private static String advertisedHost(Config config) {
        String advertised = config.get(PublishSettings.ADVERTISED_HOST);
        return advertised.isBlank() ? config.get(CommonSettings.BIND_HOST) : advertised;
    }

    private static List<Topic<?, ?>> topics(Topics topics) {
        return List.of(
                topics.enrichedStories(),
                topics.articles(),
                topics.articleCommands(),
                topics.deadLetters(topics.enrichedStories()),
                topics.deadLetters(topics.articleCommands()),
                topics.deadLetters(topics.articles()),
                topics.storyTranslations(),
                topics.deadLetters(topics.storyTranslations()));
    }

    /** The latest published version of an article, from the article store (interactive query). */
    private static Function<String, Article> latest(StreamsService service) {
        return uri -> service.runner()
                .streams()
                .store(StoreQueryParameters.fromNameAndType(
                        PublishStores.ARTICLES, QueryableStoreTypes.<String, Article>keyValueStore()))
                .get(uri);
    }
}
