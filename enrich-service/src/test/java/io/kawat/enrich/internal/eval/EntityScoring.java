package io.kawat.enrich.internal.eval;

import io.kawat.schemas.avro.Entity;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores found entities against labelled ones: a found entity matches a label when its name or any of its mentions
 * equals one of the label's forms, ignoring case, accents and a leading "the". Type is not scored. One found entity
 * matches at most one label.
 */
final class EntityScoring {

    private EntityScoring() {}

    /** Adds this story's matches to the counts; returns the misses as text ("-x" missed, "+y" spurious). */
    static List<String> score(List<List<String>> expected, List<Entity> found, Counts counts) {
        List<Entity> unmatched = new ArrayList<>(found);
        List<String> misses = new ArrayList<>();
        for (List<String> label : expected) {
            Set<String> forms = new HashSet<>();
            label.forEach(f -> forms.add(norm(f)));
            Entity hit = unmatched.stream()
                    .filter(e -> matches(e, forms))
                    .findFirst()
                    .orElse(null);
            if (hit != null) {
                unmatched.remove(hit);
                counts.tp++;
            } else {
                counts.fn++;
                misses.add("-" + label.get(0));
            }
        }
        counts.fp += unmatched.size();
        unmatched.forEach(e -> misses.add("+" + e.getName()));
        return misses;
    }

    private static boolean matches(Entity e, Set<String> forms) {
        if (forms.contains(norm(e.getName()))) {
            return true;
        }
        return e.getMentions().stream().anyMatch(m -> forms.contains(norm(m)));
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replaceAll("\\s+", " ")
                .strip();
        return n.startsWith("the ") ? n.substring(4) : n;
    }
}
