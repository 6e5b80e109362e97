package io.kawat.enrich.internal.topic;

import io.kawat.enrich.internal.text.TermAnalyzer.Term;
import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.TopicTag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assigns at most three IPTC Media Topics to a story.
 *
 * <p>Where a learned {@link TopicModel} exists for the story's language, it decides the top-level topics: those whose
 * calibrated probability reaches the topic's threshold (fitted on a dev split), best first, each with that
 * probability as its confidence. The rules below stay as priors: they add the best narrower concept under the first
 * topic, and top-level topics the model was not trained on (for example crime or disaster) when their rule
 * confidence reaches {@value #RULE_TOPIC_MIN}; when no model topic reaches its threshold the rules decide alone.
 *
 * <p>Rule evidence: rule phrases found in the stemmed text (a headline occurrence counts twice; repeated occurrences are
 * dampened as 1 + ln n), entities with a known topic (weighted by salience), and the provider's own subject codes
 * (medtop or IPTC subject codes, strong evidence). Scores roll up to every broader concept. The best top-level
 * topic comes first; then the best narrower concept under it when it carries at least half of its score; then other
 * top-level topics with at least 40% of the best score. Confidence is the topic's share of all top-level evidence,
 * scaled by how much evidence there is. Labels are in the story's language where the vocabulary has one.
 */
public final class TopicClassifier {

    static final int MAX_TOPICS = 3;
    private static final double SUBJECT_WEIGHT = 6.0;
    private static final double MIN_SCORE = 0.75;

    static final double RULE_TOPIC_MIN = 0.4;

    private final MediaTopics topics;
    private final TopicRules rules;
    private final Map<String, TopicModel> models;

    /** A rule-only classifier. */
    public TopicClassifier(MediaTopics topics, TopicRules rules) {
        this(topics, rules, Map.of());
    }

    /** A classifier with learned models per language (analyzer language: "en", "id"), rules as priors. */
    public TopicClassifier(MediaTopics topics, TopicRules rules, Map<String, TopicModel> models) {
        this.topics = topics;
        this.rules = rules;
        this.models = Map.copyOf(models);
    }

    /** Topics of a story, best first. */
    public List<TopicTag> classify(
            List<Term> terms, int headlineEnd, List<Entity> entities, List<String> subjects, String language) {
        // Malay is analysed with the Indonesian analyzer and shares its rules and model
        String analyzed = language.equals("ms") ? "id" : language;
        Map<String, Double> total = ruleScores(terms, headlineEnd, entities, subjects, analyzed);
        List<TopicTag> byRules = choose(total, language);
        TopicModel model = models.get(analyzed);
        if (model == null) {
            return byRules;
        }
        List<TopicTag> out = new ArrayList<>();
        for (TopicModel.Scored s : model.score(terms, headlineEnd)) {
            if (s.aboveThreshold() && out.size() < MAX_TOPICS) {
                out.add(tag(s.qcode(), s.probability(), language));
            }
        }
        if (out.isEmpty()) {
            return byRules;
        }
        String first = out.get(0).getQcode();
        double firstRule = total.getOrDefault(first, 0.0);
        double firstConfidence = out.get(0).getConfidence();
        narrower(total, first)
                .ifPresent(e -> out.add(
                        1, tag(e.getKey(), firstConfidence * Math.min(1.0, e.getValue() / firstRule), language)));
        for (TopicTag t : byRules) {
            if (out.size() < MAX_TOPICS
                    && topics.broader(t.getQcode()) == null
                    && !model.labels().contains(t.getQcode())
                    && t.getConfidence() >= RULE_TOPIC_MIN) {
                out.add(t);
            }
        }
        return out.size() > MAX_TOPICS ? out.subList(0, MAX_TOPICS) : out;
    }

    /** Topics of a story by the rules alone (the old classifier, kept as a measured baseline and prior). */
    public List<TopicTag> classifyByRules(
            List<Term> terms, int headlineEnd, List<Entity> entities, List<String> subjects, String language) {
        String analyzed = language.equals("ms") ? "id" : language;
        return choose(ruleScores(terms, headlineEnd, entities, subjects, analyzed), language);
    }

    private Map<String, Double> ruleScores(
            List<Term> terms, int headlineEnd, List<Entity> entities, List<String> subjects, String language) {
        Map<String, Double> direct = new HashMap<>();
        phraseEvidence(terms, headlineEnd, language, direct);
        for (Entity e : entities) {
            if (e.getCanonicalId() != null) {
                for (TopicRule r : rules.forEntity(e.getCanonicalId())) {
                    direct.merge(r.qcode(), r.weight() * (0.5 + e.getSalience()), Double::sum);
                }
            }
        }
        for (String subject : subjects) {
            String q = subject.startsWith("medtop:") ? subject : topics.bySubjectCode(subject);
            if (q != null && topics.contains(q)) {
                direct.merge(q, SUBJECT_WEIGHT, Double::sum);
            }
        }
        return rollUp(direct);
    }

    private void phraseEvidence(List<Term> terms, int headlineEnd, String language, Map<String, Double> direct) {
        Map<TopicRule, Integer> counts = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            for (TopicRule r : rules.startingWith(language, terms.get(i).stem())) {
                if (matchesAt(terms, i, r.stems())) {
                    counts.merge(r, terms.get(i).start() < headlineEnd ? 2 : 1, Integer::sum);
                }
            }
        }
        counts.forEach((r, n) -> direct.merge(r.qcode(), r.weight() * (1 + Math.log(n)), Double::sum));
    }

    private static boolean matchesAt(List<Term> terms, int i, List<String> stems) {
        if (i + stems.size() > terms.size()) {
            return false;
        }
        for (int k = 1; k < stems.size(); k++) {
            if (!terms.get(i + k).stem().equals(stems.get(k))) {
                return false;
            }
        }
        return true;
    }

    private Map<String, Double> rollUp(Map<String, Double> direct) {
        Map<String, Double> total = new HashMap<>();
        direct.forEach((q, s) -> {
            for (String c = q; c != null; c = topics.broader(c)) {
                total.merge(c, s, Double::sum);
            }
        });
        return total;
    }

    private List<TopicTag> choose(Map<String, Double> total, String language) {
        List<Map.Entry<String, Double>> tops = total.entrySet().stream()
                .filter(e -> topics.broader(e.getKey()) == null && e.getValue() >= MIN_SCORE)
                .sorted(Map.Entry.<String, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        if (tops.isEmpty()) {
            return List.of();
        }
        double sum = tops.stream().mapToDouble(Map.Entry::getValue).sum();
        Map.Entry<String, Double> best = tops.get(0);
        List<TopicTag> out = new ArrayList<>();
        out.add(tag(best.getKey(), best.getValue(), sum, language));
        narrower(total, best.getKey()).ifPresent(e -> out.add(tag(e.getKey(), e.getValue(), sum, language)));
        for (Map.Entry<String, Double> e : tops.subList(1, tops.size())) {
            if (out.size() < MAX_TOPICS && e.getValue() >= 0.4 * best.getValue()) {
                out.add(tag(e.getKey(), e.getValue(), sum, language));
            }
        }
        return out;
    }

    /** The best narrower concept under a top-level topic carrying at least half of its rule score. */
    private Optional<Map.Entry<String, Double>> narrower(Map<String, Double> total, String top) {
        double topScore = total.getOrDefault(top, 0.0);
        return total.entrySet().stream()
                .filter(e -> topics.depth(e.getKey()) >= 1
                        && topics.topLevel(e.getKey()).equals(top)
                        && topScore > 0
                        && e.getValue() >= 0.5 * topScore)
                .max(Comparator.<Map.Entry<String, Double>>comparingDouble(
                                e -> e.getValue() + 0.01 * topics.depth(e.getKey()))
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()));
    }

    private TopicTag tag(String qcode, double score, double sum, String language) {
        return tag(qcode, Math.min(1.0, score / sum) * (1 - Math.exp(-score / 3.0)), language);
    }

    private TopicTag tag(String qcode, double confidence, String language) {
        return TopicTag.newBuilder()
                .setQcode(qcode)
                .setLabel(topics.label(qcode, language))
                .setConfidence(Math.round(confidence * 1000) / 1000.0)
                .build();
    }
}
