package io.kawat.console.internal;

import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.InfoSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The articles the console shows: the latest version of the {@code capacity} most recently changed articles of
 * {@code news.articles.v1}, newest last, and listeners for each new version (the live stream). Thread-safe.
 */
final class ArticleStream {
    private final int capacity;
    private final LinkedHashMap<String, Article> recent = new LinkedHashMap<>();
    private final List<Consumer<Article>> listeners = new CopyOnWriteArrayList<>();

    ArticleStream(int capacity) {
        this.capacity = capacity;
    }

    void addListener(Consumer<Article> listener) {
        listeners.add(listener);
    }

    /** Takes a new version ({@code null}: a tombstone, the article is gone). */
    void apply(String uri, Article article) {
        synchronized (this) {
            recent.remove(uri);
            if (article == null) {
                return;
            }
            recent.put(uri, article);
            Iterator<String> oldest = recent.keySet().iterator();
            while (recent.size() > capacity) {
                oldest.next();
                oldest.remove();
            }
        }
        listeners.forEach(l -> l.accept(article));
    }

    /** The newest {@code limit} articles matching {@code filter}, newest first. */
    synchronized List<Article> recent(ArticleFilter filter, int limit) {
        List<Article> all = new ArrayList<>(recent.values());
        List<Article> out = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && out.size() < limit; i--) {
            if (filter.matches(all.get(i))) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /** The languages, topics and sources of the articles held, for the filter's choices. */
    synchronized Map<String, Object> facets() {
        TreeSet<String> languages = new TreeSet<>();
        Map<String, String> topics = new java.util.TreeMap<>();
        TreeSet<String> sources = new TreeSet<>();
        for (Article a : recent.values()) {
            languages.add(a.getLanguage());
            a.getSubjects().forEach(t -> topics.putIfAbsent(t.getQcode(), t.getLabel()));
            a.getInfoSources().forEach(s -> sources.add(s.getName()));
        }
        return Map.of("languages", languages, "topics", topics, "sources", sources);
    }

    /** The line of the live stream: what an operator needs to recognise an article and open it. */
    static Map<String, Object> summary(Article a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("uri", a.getUri());
        json.put("version", a.getVersion());
        json.put("pubStatus", a.getPubStatus().name());
        json.put("language", a.getLanguage());
        json.put("headline", a.getHeadline());
        json.put(
                "sources",
                a.getInfoSources().stream().map(InfoSource::getName).distinct().toList());
        json.put(
                "topics",
                a.getSubjects().stream()
                        .map(t -> Map.of("qcode", t.getQcode(), "label", t.getLabel()))
                        .toList());
        json.put("firstCreated", a.getFirstCreated().toString());
        json.put("versionCreated", a.getVersionCreated().toString());
        json.put("correctionNote", a.getCorrectionNote());
        return json;
    }
}
