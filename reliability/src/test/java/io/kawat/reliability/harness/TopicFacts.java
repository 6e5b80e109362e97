package io.kawat.reliability.harness;

import io.kawat.bench.gen.StoryVersion;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.InfoSource;
import io.kawat.schemas.avro.PubStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a read_committed reader saw on the pipeline's topics, in offset order, kept small: how often each
 * (story id, version) appeared on {@code wire.stories.v1} and {@code news.enriched.v1}; per article key the versions
 * seen (copies and versions older than one seen before are counted) and the stories its latest version credits; per
 * story the highest version any article credited ({@code Article.infoSources[].url}, written by the bench generator
 * with the version in it, see {@link StoryVersion#versionOf}). Thread-safe.
 */
public final class TopicFacts {
    private final Map<String, Integer> wire = new HashMap<>();
    private final Map<String, Integer> enriched = new HashMap<>();
    private final Map<String, Long> articleVersion = new HashMap<>();
    private final Set<String> articleVersions = new HashSet<>();
    private final Map<String, Set<String>> creditedNow = new HashMap<>();
    private final Map<String, Integer> highestCredited = new HashMap<>();
    private final List<String> anomalies = new ArrayList<>();
    private final List<String> deadLetters = new ArrayList<>();
    private long wireRecords;
    private long enrichedRecords;
    private long articleRecords;
    private long articleDuplicates;
    private long articleStale;
    private long lastArticleAt;
    private long lastComposedAt;

    synchronized void onWire(String storyId, long versionSeq) {
        wireRecords++;
        wire.merge(ExpectedVersions.key(storyId, versionSeq), 1, Integer::sum);
    }

    synchronized void onEnriched(String storyId, long versionSeq) {
        enrichedRecords++;
        enriched.merge(ExpectedVersions.key(storyId, versionSeq), 1, Integer::sum);
    }

    synchronized void onDeadLetter(String description) {
        deadLetters.add(description);
    }

    synchronized void onArticle(String key, Article article, long offset) {
        articleRecords++;
        lastArticleAt = System.currentTimeMillis();
        lastComposedAt = Math.max(lastComposedAt, article.getVersionCreated().toEpochMilli());
        String uri = key == null ? article.getUri() : key;
        if (!articleVersions.add(uri + "@" + article.getVersion())) {
            articleDuplicates++;
            anomaly("article " + uri + " version " + article.getVersion() + " again at offset " + offset);
        }
        Long before = articleVersion.get(uri);
        if (before != null && article.getVersion() < before) {
            articleStale++;
            anomaly("article " + uri + " version " + article.getVersion() + " after version " + before + " at offset "
                    + offset);
        }
        articleVersion.merge(uri, article.getVersion(), Math::max);
        Set<String> credited = new HashSet<>();
        if (article.getPubStatus() == PubStatus.USABLE) {
            for (InfoSource source : article.getInfoSources()) {
                credited.add(source.getStoryId());
                highestCredited.merge(source.getStoryId(), StoryVersion.versionOf(source.getUrl()), Math::max);
            }
        }
        creditedNow.put(uri, credited);
    }

    private void anomaly(String text) {
        if (anomalies.size() < 20) {
            anomalies.add(text);
        }
    }

    /** (story id, version) to copies seen on {@code wire.stories.v1} (a copy). */
    public synchronized Map<String, Integer> wire() {
        return Map.copyOf(wire);
    }

    /** (story id, version) to copies seen on {@code news.enriched.v1} (a copy). */
    public synchronized Map<String, Integer> enriched() {
        return Map.copyOf(enriched);
    }

    /** Per story the highest version an article credited (a copy). */
    public synchronized Map<String, Integer> highestCredited() {
        return Map.copyOf(highestCredited);
    }

    /** Stories the latest version of some article credits (withdrawn articles credit none). */
    public synchronized Set<String> creditedNow() {
        Set<String> all = new HashSet<>();
        creditedNow.values().forEach(all::addAll);
        return all;
    }

    public synchronized long wireRecords() {
        return wireRecords;
    }

    public synchronized long enrichedRecords() {
        return enrichedRecords;
    }

    public synchronized long articleRecords() {
        return articleRecords;
    }

    /** Article records whose (key, version) was seen before. */
    public synchronized long articleDuplicates() {
        return articleDuplicates;
    }

    /** Article records with a version older than one seen before for the same key. */
    public synchronized long articleStale() {
        return articleStale;
    }

    /** Wall-clock time of the last article record read, 0 before the first. */
    public synchronized long lastArticleAt() {
        return lastArticleAt;
    }

    /** The latest {@code Article.versionCreated} read (publish's wall clock when it composed), 0 before the first. */
    public synchronized long lastComposedAt() {
        return lastComposedAt;
    }

    /** Up to 20 descriptions of article duplicates and stale versions. */
    public synchronized List<String> anomalies() {
        return List.copyOf(anomalies);
    }

    /** Descriptions of every dead letter seen. */
    public synchronized List<String> deadLetters() {
        return List.copyOf(deadLetters);
    }
}
