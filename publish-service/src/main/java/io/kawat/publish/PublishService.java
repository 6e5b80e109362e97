package io.kawat.publish;

import io.kawat.platform.config.CommonSettings;
import io.kawat.platform.config.Config;
import io.kawat.platform.config.ConfigException;
import io.kawat.platform.http.AdminServer;
import io.kawat.platform.kafka.KafkaContext;
import io.kawat.platform.streams.StreamsRunner;
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
 * operations and the webhook deliveries ({@code publish.webhooks}). {@link #create} reads the settings and opens
 * nothing; {@code start()} opens the article event stream, the command producer and the webhook dispatchers as parts
 * of the service, {@code close()} closes them (before the HTTP server and the Kafka Streams client), and {@code /ready}
 * says false while the event stream or a webhook dispatcher is down after an error (they restart with backoff).
 */
public final class PublishService {
    private PublishService() {}

    /** As {@link #create(Config, Map)} with this process's environment (webhook secrets are read from it). */
    public static StreamsService create(Config config) {
        return create(config, Config.systemEnv());
    }

    /**
     * A service to {@code start()} (the group does). {@code env} holds the environment variables the webhook entries
     * name for their secrets; throws {@link ConfigException} listing every problem of the list.
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
        return new StreamsService(
                config,
                new StreamsService.Definition(
                        "publish",
                        "kawat-publish",
                        self.port(),
                        kafka -> topics(kafka.topics()),
                        scope -> PublishTopology.build(scope.kafka().topics(), composer, editions, Clock.systemUTC()),
                        props -> props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port()),
                        scope -> attach(scope, subscribers, chrome, self)));
    }

    /** The API, the operator commands, the event stream and the webhooks, as parts of the starting service. */
    private static void attach(
            StreamsService.Scope scope, List<WebhookSubscriber> subscribers, Chrome chrome, HostInfo self) {
        Config config = scope.config();
        KafkaContext kafka = scope.kafka();
        ArticleEvents events =
                scope.keep(ArticleEvents.start(kafka.clients(), kafka.topics().articles()));
        scope.readyWhen(events::isUp);
        CommandPublisher commands = scope.keep(
                CommandPublisher.create(kafka.clients(), kafka.topics().articleCommands()));
        Webhooks webhooks = scope.keep(new Webhooks(
                subscribers,
                new Webhooks.Settings(
                        config.get(PublishSettings.WEBHOOK_INITIAL_BACKOFF),
                        config.get(PublishSettings.WEBHOOK_MAX_BACKOFF),
                        config.get(PublishSettings.WEBHOOK_TIMEOUT)),
                kafka.clients(),
                kafka.topics(),
                config.get(CommonSettings.TOPIC_PREFIX),
                new NinjsMapper(chrome),
                scope.metrics(),
                Clock.systemUTC(),
                Sleeper.system()));
        scope.readyWhen(webhooks::up);
        new ArticleApi(scope.runner(), events, config.get(PublishSettings.PUBLIC_URL), chrome, self)
                .register(scope.http().app());
        new OperatorApi(config.get(CommonSettings.OPERATOR_TOKEN), latest(scope.runner()), commands, Clock.systemUTC())
                .register(scope.http().app());
        webhooks.start();
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
    private static Function<String, Article> latest(StreamsRunner runner) {
        return uri -> runner.streams()
                .store(StoreQueryParameters.fromNameAndType(
                        PublishStores.ARTICLES, QueryableStoreTypes.<String, Article>keyValueStore()))
                .get(uri);
    }
}
