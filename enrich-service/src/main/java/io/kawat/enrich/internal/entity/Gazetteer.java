package io.kawat.enrich.internal.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Known names (countries, cities, organisations, curated people, groups, companies and projects) found in a text
 * with one Aho-Corasick pass over the case-folded text.
 *
 * <p>A hit counts only at word boundaries, in a language the form is allowed in, with the case the form demands
 * (exact for acronyms, a capital first letter otherwise, so "turkey" is not Turkey). Overlapping hits resolve to the
 * leftmost-longest; among entities sharing a form the lowest rank, then the largest weight wins. Immutable.
 */
public final class Gazetteer {

    private final AhoCorasick<GazetteerEntry> automaton;
    private final int size;

    Gazetteer(AhoCorasick<GazetteerEntry> automaton, int size) {
        this.automaton = automaton;
        this.size = size;
    }

    /** Number of surface forms. */
    public int size() {
        return size;
    }

    /** Non-overlapping known names in the text. */
    List<Span> find(String text, String folded, String language) {
        List<Span> candidates = new ArrayList<>();
        for (AhoCorasick.Hit<GazetteerEntry> hit : automaton.search(folded)) {
            if (!atBoundaries(text, hit.start(), hit.end())) {
                continue;
            }
            GazetteerEntry best = null;
            for (GazetteerEntry entry : hit.payloads()) {
                if (entry.allows(language) && caseFits(text, hit.start(), entry) && better(entry, best)) {
                    best = entry;
                }
            }
            if (best != null) {
                candidates.add(new Span(
                        hit.start(), hit.end(), text.substring(hit.start(), hit.end()), best.ref(), best.rank()));
            }
        }
        return leftmostLongest(candidates);
    }

    static List<Span> leftmostLongest(List<Span> candidates) {
        List<Span> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Span::start)
                .thenComparing(Comparator.comparingInt(Span::length).reversed())
                .thenComparingInt(Span::rank));
        List<Span> out = new ArrayList<>();
        int covered = 0;
        for (Span s : sorted) {
            if (s.start() >= covered) {
                out.add(s);
                covered = s.end();
            }
        }
        return out;
    }

    private static boolean better(GazetteerEntry candidate, GazetteerEntry best) {
        return best == null
                || candidate.rank() < best.rank()
                || candidate.rank() == best.rank() && candidate.weight() > best.weight();
    }

    private static boolean atBoundaries(String text, int start, int end) {
        char first = text.charAt(start);
        char last = text.charAt(end - 1);
        boolean startOk = start == 0 || Fold.isUnspacedScript(first) || !Fold.isWordChar(text.charAt(start - 1));
        boolean endOk = end == text.length() || Fold.isUnspacedScript(last) || !Fold.isWordChar(text.charAt(end));
        return startOk && endOk;
    }

    private static boolean caseFits(String text, int start, GazetteerEntry entry) {
        if (entry.exactCase()) {
            return text.startsWith(entry.surface(), start);
        }
        char wanted = entry.surface().charAt(0);
        char actual = text.charAt(start);
        return !Character.isUpperCase(wanted) || Character.isUpperCase(actual) || Character.isTitleCase(actual);
    }
}
