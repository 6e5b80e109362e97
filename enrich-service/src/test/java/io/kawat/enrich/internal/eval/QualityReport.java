package io.kawat.enrich.internal.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Computes the quality figures over the evaluation outcomes and renders them as Markdown. */
final class QualityReport {

    final Map<String, Counts> entities = new LinkedHashMap<>();
    final List<String> entityMisses = new ArrayList<>();
    final List<String> languageErrors = new ArrayList<>();
    final List<String> topicErrors = new ArrayList<>();
    final List<String> duplicateErrors = new ArrayList<>();
    final List<String> clusterErrors = new ArrayList<>();
    final Counts clusters;
    final Counts clustersAsEmitted;
    final Counts duplicates = new Counts();
    final int stories;
    int languageCorrect;
    int topicCorrect;

    QualityReport(List<Outcome> outcomes) {
        stories = outcomes.size();
        entities.put("en", new Counts());
        entities.put("id", new Counts());
        entities.put("other", new Counts());
        for (Outcome o : outcomes) {
            score(o);
        }
        clusters = pairs(outcomes, Outcome::finalCluster);
        describeClusters(outcomes);
        clustersAsEmitted = pairs(outcomes, o -> o.match().clusterId());
    }

    double languageAccuracy() {
        return (double) languageCorrect / stories;
    }

    double topicAccuracy() {
        return (double) topicCorrect / stories;
    }

    private void score(Outcome o) {
        EvalStory s = o.labelled();
        String lang = o.analysis().language();
        if (lang.equals(s.language())) {
            languageCorrect++;
        } else {
            languageErrors.add(s.id() + ": expected " + s.language() + ", got " + lang + " (confidence "
                    + o.analysis().languageConfidence() + ")");
        }
        String group = s.language().equals("en") || s.language().equals("id") ? s.language() : "other";
        List<String> misses = EntityScoring.score(s.entities(), o.analysis().entities(), entities.get(group));
        if (!misses.isEmpty()) {
            entityMisses.add(s.id() + " (" + s.language() + "): " + String.join(", ", misses));
        }
        String top = o.analysis().topics().isEmpty()
                ? "none"
                : o.analysis().topics().get(0).getQcode();
        if (top.equals(s.topic())) {
            topicCorrect++;
        } else {
            topicErrors.add(s.id() + ": expected " + s.topic() + ", got " + top);
        }
        String dup = o.match().duplicateOf();
        if (dup != null && dup.equals(s.duplicateOf())) {
            duplicates.tp++;
        } else {
            duplicates.fp += dup != null ? 1 : 0;
            duplicates.fn += s.duplicateOf() != null ? 1 : 0;
            if (dup != null || s.duplicateOf() != null) {
                duplicateErrors.add(s.id() + ": expected " + s.duplicateOf() + ", got " + dup);
            }
        }
    }

    private void describeClusters(List<Outcome> outcomes) {
        Map<String, List<String>> byLabel = new LinkedHashMap<>();
        Map<String, List<String>> byPredicted = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            byLabel.computeIfAbsent(o.labelled().cluster(), k -> new ArrayList<>())
                    .add(o.finalCluster());
            byPredicted
                    .computeIfAbsent(o.finalCluster(), k -> new ArrayList<>())
                    .add(o.labelled().cluster());
        }
        byLabel.forEach((label, predicted) -> {
            if (predicted.stream().distinct().count() > 1) {
                List<String> members = outcomes.stream()
                        .filter(o -> o.labelled().cluster().equals(label))
                        .map(o -> o.labelled().id() + "→" + o.finalCluster())
                        .toList();
                clusterErrors.add("split " + label + ": " + String.join(", ", members));
            }
        });
        byPredicted.forEach((id, labels) -> {
            if (labels.stream().distinct().count() > 1) {
                clusterErrors.add("merged " + id + ": "
                        + String.join(", ", labels.stream().distinct().toList()));
            }
        });
    }

    private static Counts pairs(List<Outcome> outcomes, Function<Outcome, String> predicted) {
        Counts c = new Counts();
        for (int i = 0; i < outcomes.size(); i++) {
            for (int j = i + 1; j < outcomes.size(); j++) {
                boolean same = outcomes.get(i)
                        .labelled()
                        .cluster()
                        .equals(outcomes.get(j).labelled().cluster());
                boolean together = Objects.equals(predicted.apply(outcomes.get(i)), predicted.apply(outcomes.get(j)));
                c.tp += same && together ? 1 : 0;
                c.fp += !same && together ? 1 : 0;
                c.fn += same && !together ? 1 : 0;
            }
        }
        return c;
    }
}
