package io.kawat.publish.internal.topology;

import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.ArticleCommand;
import io.kawat.schemas.avro.PubStatus;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies operator commands from {@code publish.commands.v1} inside the compose step, with its stores:
 * <ul>
 *   <li>KILL records the cluster in {@link PublishStores#KILLED} and withdraws every edition; a killed cluster is
 *       never composed again, whatever its members do later (also after a restart: the store has a changelog);</li>
 *   <li>CORRECT keeps the note (and headline) in {@link PublishStores#CORRECTIONS} and recomposes, which gives the
 *       edition a new version carrying the note; a correction of a withdrawn article is ignored;</li>
 *   <li>RESEND forwards the latest version once more, marked with {@link ArticleHeaders#RESEND}.</li>
 * </ul>
 * A command for an article the store does not know (published or embargoed) is ignored with a warning: the API
 * refuses such commands with 404, so only a command produced by hand or racing a compaction gets here.
 */
final class OperatorCommands {
    private static final Logger log = LoggerFactory.getLogger(OperatorCommands.class);

    private final KeyValueStore<String, Article> articles;
    private final KeyValueStore<String, Article> embargoed;
    private final KeyValueStore<String, ArticleCommand> killed;
    private final KeyValueStore<String, ArticleCommand> corrections;
    private final BiFunction<String, Instant, List<Article>> recompose;
    private final BiConsumer<Article, ArticleCommand> resend;

    OperatorCommands(
            KeyValueStore<String, Article> articles,
            KeyValueStore<String, Article> embargoed,
            KeyValueStore<String, ArticleCommand> killed,
            KeyValueStore<String, ArticleCommand> corrections,
            BiFunction<String, Instant, List<Article>> recompose,
            BiConsumer<Article, ArticleCommand> resend) {
        this.articles = articles;
        this.embargoed = embargoed;
        this.killed = killed;
        this.corrections = corrections;
        this.recompose = recompose;
        this.resend = resend;
    }

    void apply(ArticleCommand command, Instant now) {
        String uri = command.getUri();
        Article latest = articles.get(uri);
        Article known = latest != null ? latest : embargoed.get(uri);
        if (known == null) {
            log.warn(
                    "Ignored {} command {} from operator {}: no article {}",
                    command.getAction(),
                    command.getCommandId(),
                    command.getOperator(),
                    uri);
            return;
        }
        switch (command.getAction()) {
            case KILL -> kill(command, known.getClusterId(), now);
            case CORRECT -> correct(command, known.getClusterId(), now);
            case RESEND -> resend(command, latest);
            default -> throw new IllegalArgumentException("Unknown action " + command.getAction());
        }
    }

    private void kill(ArticleCommand command, String cluster, Instant now) {
        if (killed.get(cluster) != null) {
            log.info(
                    "KILL command {} from operator {}: cluster {} is withdrawn already",
                    command.getCommandId(),
                    command.getOperator(),
                    cluster);
            return;
        }
        killed.put(cluster, command);
        List<Article> withdrawn = recompose.apply(cluster, now);
        log.info(
                "KILL command {} from operator {}: cluster {} withdrawn, {} edition(s) canceled now",
                command.getCommandId(),
                command.getOperator(),
                cluster,
                withdrawn.size());
    }

    private void correct(ArticleCommand command, String cluster, Instant now) {
        if (killed.get(cluster) != null) {
            log.warn(
                    "Ignored CORRECT command {} from operator {}: {} is withdrawn",
                    command.getCommandId(),
                    command.getOperator(),
                    command.getUri());
            return;
        }
        corrections.put(command.getUri(), command);
        List<Article> published = recompose.apply(cluster, now);
        Long version = published.stream()
                .filter(a -> a.getUri().equals(command.getUri()))
                .map(Article::getVersion)
                .findFirst()
                .orElse(null);
        log.info(
                "CORRECT command {} from operator {}: {} {}",
                command.getCommandId(),
                command.getOperator(),
                command.getUri(),
                version == null
                        ? "unchanged (same correction, or held by an embargo)"
                        : "corrected in version " + version);
    }

    private void resend(ArticleCommand command, Article latest) {
        if (latest == null) {
            log.warn(
                    "Ignored RESEND command {} from operator {}: {} is not published yet (embargoed)",
                    command.getCommandId(),
                    command.getOperator(),
                    command.getUri());
            return;
        }
        resend.accept(latest, command);
        log.info(
                "RESEND command {} from operator {}: {} version {}{} sent again",
                command.getCommandId(),
                command.getOperator(),
                latest.getUri(),
                latest.getVersion(),
                latest.getPubStatus() == PubStatus.CANCELED ? " (withdrawn)" : "");
    }
}
