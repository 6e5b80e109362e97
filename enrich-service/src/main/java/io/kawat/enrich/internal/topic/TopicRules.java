package io.kawat.enrich.internal.topic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.enrich.internal.resource.ResourceFiles;
import io.kawat.enrich.internal.text.TermAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The topic evidence: Kawat's rule file ({@code topic/rules.tsv}: phrases per language and entity ids per Media
 * Topic) plus the phrases of the IPTC EXTRA English sample rules, read as weighted evidence rather than as boolean
 * queries (their "not" clauses and regular expressions are left out). Phrases are stemmed with the language's
 * analyzer, so they match inflected forms. Indexed by first stem for matching. Immutable.
 */
public final class TopicRules {

    private static final Pattern EXTRA_TERM =
            Pattern.compile("\\((?:(title|body|text_content)\\s+(any|adj)(/stemming)?\\s+)?\"([^\"]+)\"\\)");
    private static final double EXTRA_PHRASE_WEIGHT = 1.0;
    private static final double EXTRA_WORD_WEIGHT = 0.5;

    private final Map<String, Map<String, List<TopicRule>>> byLanguageAndFirstStem = new HashMap<>();
    private final Map<String, List<TopicRule>> byEntity = new HashMap<>();
    private int size;

    private TopicRules() {}

    /** Loads both rule sources, stemming phrases with the given analyzer. */
    public static TopicRules load(TermAnalyzer analyzer, MediaTopics topics) {
        TopicRules rules = new TopicRules();
        for (String line : ResourceFiles.lines("topic/rules.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 4 || !topics.contains(f[0])) {
                throw new IllegalStateException("topic/rules.tsv: bad line or unknown topic: " + line);
            }
            double weight = Double.parseDouble(f[2]);
            for (String term : f[3].split("\\|")) {
                rules.add(analyzer, f[0], f[1], weight, term.strip());
            }
        }
        rules.addExtra(analyzer, topics);
        return rules;
    }

    /** Number of rules. */
    public int size() {
        return size;
    }

    List<TopicRule> startingWith(String language, String stem) {
        return byLanguageAndFirstStem.getOrDefault(language, Map.of()).getOrDefault(stem, List.of());
    }

    List<TopicRule> forEntity(String key) {
        return byEntity.getOrDefault(key, List.of());
    }

    private void add(TermAnalyzer analyzer, String qcode, String language, double weight, String term) {
        if (term.startsWith("entity:")) {
            String key = term.substring("entity:".length());
            byEntity.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new TopicRule(qcode, "*", weight, List.of(), key));
            size++;
            return;
        }
        List<String> stems = analyzer.stems(term, language);
        if (!stems.isEmpty()) {
            byLanguageAndFirstStem
                    .computeIfAbsent(language, l -> new HashMap<>())
                    .computeIfAbsent(stems.get(0), s -> new ArrayList<>())
                    .add(new TopicRule(qcode, language, weight, stems, null));
            size++;
        }
    }

    private void addExtra(TermAnalyzer analyzer, MediaTopics topics) {
        try (InputStream in = ResourceFiles.open("topic/extra-rules-en.json")) {
            for (JsonNode rule : new ObjectMapper().readTree(in).get("rules")) {
                String qcode = rule.get("topicId").asText();
                if (!topics.contains(qcode) || rule.get("name").asText().startsWith("Test")) {
                    continue;
                }
                String query = rule.get("query").asText();
                int not = query.indexOf("(not ");
                addExtraTerms(analyzer, qcode, not >= 0 ? query.substring(0, not) : query);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the IPTC EXTRA rules", e);
        }
    }

    private void addExtraTerms(TermAnalyzer analyzer, String qcode, String query) {
        Set<String> seen = new HashSet<>();
        Matcher m = EXTRA_TERM.matcher(query);
        while (m.find()) {
            String text = m.group(4).replace("*", "").strip();
            if (text.isEmpty()) {
                continue;
            }
            if ("any".equals(m.group(2))) {
                for (String word : text.split("\\s+")) {
                    if (seen.add(word)) {
                        add(analyzer, qcode, "en", EXTRA_WORD_WEIGHT, word);
                    }
                }
            } else if (seen.add(text)) {
                add(analyzer, qcode, "en", EXTRA_PHRASE_WEIGHT, text);
            }
        }
    }
}
