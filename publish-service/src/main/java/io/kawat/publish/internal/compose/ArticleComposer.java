package io.kawat.publish.internal.compose;

import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.publish.internal.chrome.Languages;
import io.kawat.publish.internal.render.ArticleBodyRenderer;
import io.kawat.publish.internal.render.ArticleLinks;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.EntityType;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.Signal;
import io.kawat.schemas.avro.ZonedTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composes the publish-ready article of one event cluster in one edition language from the cluster's member
 * stories: a single-source article for one source, a roundup with one credited section per source for several (see
 * {@link CompositionPlan} for the lead and {@link SectionWriter} for the sections). Pure and thread-safe: the caller
 * keeps the previous version and decides when to call.
 */
public final class ArticleComposer {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleComposer.class);

    private final ComposerConfig config;
    private final Chrome chrome;
    private final SectionWriter sections;
    private final MetadataMerger metadata;
    private final ArticleBodyRenderer body;

    /** A composer whose related links point at the publish API ({@link ArticleLinks#api()}). */
    public ArticleComposer(ComposerConfig config, Chrome chrome) {
        this.config = Objects.requireNonNull(config, "config");
        this.chrome = Objects.requireNonNull(chrome, "chrome");
        this.sections = new SectionWriter(chrome);
        this.metadata = new MetadataMerger(chrome);
        this.body = new ArticleBodyRenderer(chrome, ArticleLinks.api());
    }

    /**
     * Composes the article for one event cluster in one edition language from its member stories (all current
     * versions; canceled and withheld ones are left out). {@code previous} is the last emitted version or null.
     * Returns null when nothing changed compared with previous (and when nothing usable was ever published), an
     * article with pubStatus CANCELED when no usable member remains of a published one, otherwise the next version
     * (previous.version + 1, or 1).
     */
    public Article compose(
            String clusterId,
            String language,
            List<EnrichedStory> members,
            Article previous,
            List<RelatedCandidate> related,
            Instant now) {
        return compose(clusterId, language, members, previous, related, now, null);
    }

    /**
     * As {@link #compose(String, String, List, Article, List, Instant)}, with an operator's correction (null for none)
     * applied to the composition before it is compared with the previous version: a new correction gives a new
     * version, the same correction again does not.
     */
    public Article compose(
            String clusterId,
            String language,
            List<EnrichedStory> members,
            Article previous,
            List<RelatedCandidate> related,
            Instant now,
            OperatorCorrection correction) {
        Objects.requireNonNull(clusterId, "clusterId");
        Instant at = Objects.requireNonNull(now, "now").truncatedTo(ChronoUnit.MILLIS);
        String edition = Languages.primary(language);
        List<Member> usable = Member.usable(members == null ? List.of() : members);
        if (usable.isEmpty()) {
            return withdraw(previous, edition, at);
        }
        CompositionPlan plan = CompositionPlan.of(usable);
        Article draft = draft(uri(clusterId, edition), clusterId, edition, plan, previous, at);
        if (correction != null) {
            correction.applyTo(draft);
        }
        if (previous != null && ArticleVersions.sameContent(previous, draft, at)) {
            LOG.debug("article {} unchanged at version {}", draft.getUri(), previous.getVersion());
            return null;
        }
        draft.setRelated(RelatedRanker.best(
                draft.getUri(), MetadataMerger.keywords(usable), MetadataMerger.entityIds(usable), related));
        draft.setBodyHtml(body.render(draft));
        LOG.debug(
                "article {} version {} from {} source(s)",
                draft.getUri(),
                draft.getVersion(),
                plan.shown().size());
        return draft;
    }

    /** The article uri of a cluster's edition: {@code kawat:article:<clusterId>:<language>}. */
    public static String uri(String clusterId, String language) {
        return "kawat:article:" + clusterId + ":" + Languages.primary(language);
    }

    /**
     * The withdrawal of a published article by an operator's kill: the next version with pubStatus CANCELED, or null
     * when nothing was published or it is withdrawn already.
     */
    public Article kill(Article previous, String language, Instant now) {
        return withdraw(
                previous,
                Languages.primary(language),
                Objects.requireNonNull(now, "now").truncatedTo(ChronoUnit.MILLIS),
                "killed by an operator");
    }

    private Article withdraw(Article previous, String edition, Instant now) {
        return withdraw(previous, edition, now, "no usable source remains");
    }

    private Article withdraw(Article previous, String edition, Instant now, String why) {
        if (previous == null || previous.getPubStatus() == PubStatus.CANCELED) {
            return null;
        }
        Article withdrawn = ArticleVersions.withdrawal(previous, chrome.withdrawnNote(edition), now);
        withdrawn.setBodyHtml(body.render(withdrawn));
        LOG.info("article {} withdrawn at version {}: {}", withdrawn.getUri(), withdrawn.getVersion(), why);
        return withdrawn;
    }

    private Article draft(
            String uri, String clusterId, String edition, CompositionPlan plan, Article previous, Instant now) {
        Member lead = plan.lead();
        List<Member> all = new ArrayList<>(plan.shown());
        all.addAll(plan.credited());
        all.addAll(plan.syndicated());
        String headline = lead.story().getHeadline().trim();
        boolean republished = previous != null && previous.getPubStatus() != PubStatus.CANCELED;
        return Article.newBuilder()
                .setUri(uri)
                .setVersion(previous == null ? 1 : previous.getVersion() + 1)
                .setPubStatus(PubStatus.USABLE)
                .setLanguage(edition)
                .setClusterId(clusterId)
                .setHeadline(headline)
                .setStandfirst(standfirst(lead))
                .setDateline(dateline(lead, edition))
                .setSections(sections.sections(plan, edition))
                .setByline(config.byline())
                .setSlug(
                        republished && !previous.getSlug().isBlank()
                                ? previous.getSlug()
                                : Slugs.of(headline, clusterId))
                .setSubjects(metadata.subjects(all, edition))
                .setPeople(metadata.entities(all, EntityType.PERSON, edition))
                .setOrganisations(metadata.entities(all, EntityType.ORGANISATION, edition))
                .setPlaces(metadata.entities(all, EntityType.PLACE, edition))
                .setInfoSources(metadata.infoSources(plan))
                .setImages(metadata.images(all))
                .setEmbargoedUntil(embargo(all, now))
                .setFirstCreated(previous == null ? now : previous.getFirstCreated())
                .setVersionCreated(now)
                .setCorrectionNote(correctionNote(all, edition))
                .setTranslation(TranslationAssessor.assess(edition, plan.shown()))
                .build();
    }

    private static String standfirst(Member lead) {
        String given = lead.story().getStandfirst();
        String text =
                given != null && !given.isBlank() ? given : lead.enriched().getSummary();
        return text == null || text.isBlank() ? null : text.trim();
    }

    private String dateline(Member lead, String edition) {
        String place =
                lead.datelinePlace().map(p -> chrome.countryName(edition, p)).orElse(null);
        return chrome.dateline(edition, place, config.outletName(), WireText.zoned(lead.datelineTime()));
    }

    /** The latest embargo of any member that is still in the future; null when none is. */
    private static Instant embargo(List<Member> members, Instant now) {
        return members.stream()
                .map(m -> m.story().getEmbargoedUntil())
                .filter(Objects::nonNull)
                .map(ZonedTime::getEpochMillis)
                .filter(t -> t.isAfter(now))
                .max(Instant::compareTo)
                .orElse(null);
    }

    private String correctionNote(List<Member> members, String edition) {
        List<String> correcting = members.stream()
                .filter(m -> m.story().getSignals().contains(Signal.CORRECTION))
                .map(Member::sourceName)
                .distinct()
                .toList();
        return correcting.isEmpty() ? null : chrome.correctionNote(edition, correcting);
    }
}
