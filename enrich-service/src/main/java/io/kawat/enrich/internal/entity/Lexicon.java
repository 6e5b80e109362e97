package io.kawat.enrich.internal.entity;

import io.kawat.enrich.internal.resource.ResourceFiles;
import io.kawat.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;

/**
 * Word lists the name rules need: person titles (matched as phrases), capitalised words that are not names
 * (weekdays, months, openers, demonyms), words that reveal the kind of a name, connectors allowed inside names, and
 * Lucene's stop words per language. Immutable.
 */
public final class Lexicon {

    private static final Set<String> CONNECTORS = Set.of(
            "of", "de", "del", "della", "da", "dos", "das", "van", "von", "der", "den", "ter", "bin", "binti", "ibn",
            "al", "el", "la", "le", "du", "&");
    private static final Set<String> AND_WORDS = Set.of("and", "dan", "y", "et", "und", "e", "en");

    private final AhoCorasick<String> titles;
    private final Set<String> notNames;
    private final Set<String> nameParts;
    private final Map<String, EntityType> typeWords;
    private final Map<String, CharArraySet> stopWords;

    private Lexicon(
            AhoCorasick<String> titles,
            Set<String> notNames,
            Set<String> nameParts,
            Map<String, EntityType> typeWords,
            Map<String, CharArraySet> stopWords) {
        this.titles = titles;
        this.notNames = notNames;
        this.nameParts = nameParts;
        this.typeWords = typeWords;
        this.stopWords = stopWords;
    }

    /** Loads the bundled word lists. */
    public static Lexicon load() {
        AhoCorasick.Builder<String> titles = new AhoCorasick.Builder<>();
        for (String title : ResourceFiles.lines("entity/titles.txt")) {
            titles.add(Fold.fold(title.strip()), title.strip());
        }
        Set<String> notNames = words("entity/not-names.txt");
        Set<String> nameParts = words("entity/name-parts.txt");
        Map<String, EntityType> typeWords = new HashMap<>();
        for (String line : ResourceFiles.lines("entity/type-words.txt")) {
            String[] f = line.split("\t");
            for (String w : f[1].strip().split("\\s+")) {
                typeWords.putIfAbsent(w, EntityType.valueOf(f[0]));
            }
        }
        Map<String, CharArraySet> stop = Map.of(
                "en",
                EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
                "id",
                IndonesianAnalyzer.getDefaultStopSet(),
                "ms",
                IndonesianAnalyzer.getDefaultStopSet(),
                "es",
                SpanishAnalyzer.getDefaultStopSet(),
                "fr",
                FrenchAnalyzer.getDefaultStopSet(),
                "de",
                GermanAnalyzer.getDefaultStopSet(),
                "pt",
                PortugueseAnalyzer.getDefaultStopSet(),
                "it",
                ItalianAnalyzer.getDefaultStopSet(),
                "nl",
                DutchAnalyzer.getDefaultStopSet());
        return new Lexicon(titles.build(), notNames, nameParts, Map.copyOf(typeWords), stop);
    }

    private static Set<String> words(String file) {
        Set<String> out = new HashSet<>();
        for (String line : ResourceFiles.lines(file)) {
            for (String w : line.strip().split("\\s+")) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    /** Title phrases in the text, as spans, word-bounded, any case. */
    List<int[]> titles(String text, String folded) {
        List<int[]> out = new ArrayList<>();
        for (AhoCorasick.Hit<String> hit : titles.search(folded)) {
            int s = hit.start();
            int e = hit.end();
            boolean startOk = s == 0 || !Fold.isWordChar(text.charAt(s - 1));
            boolean endOk = e == text.length() || !Fold.isWordChar(text.charAt(e)) || text.charAt(e - 1) == '.';
            if (startOk && endOk) {
                out.add(new int[] {s, e});
            }
        }
        return out;
    }

    /** True when the word (any case) is never a name nor part of one in this language. */
    boolean isNotName(String word, String language) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (notNames.contains(lower)) {
            return true;
        }
        CharArraySet own = stopWords.get(language);
        return own != null && own.contains(lower) || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower);
    }

    /** True for capitalised words that may be part of a name but are none alone ("Supreme", "Italian", "Kota"). */
    boolean isNamePart(String word) {
        return nameParts.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True for words allowed inside a name in either case ("Bank of Japan", "Lula da Silva", "Kevin De Bruyne"). */
    boolean isConnector(String word) {
        return CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True for "and" in the supported languages: inside organisation names only ("Space and ... Commission"). */
    boolean isAnd(String word) {
        return AND_WORDS.contains(word);
    }

    /** The kind a word reveals ("Ministry" an organisation, "River" a place), or null. */
    EntityType typeOf(String word) {
        return typeWords.get(word.toLowerCase(Locale.ROOT));
    }
}
