package io.kawat.enrich.internal.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Lucene analysis per language: stop words removed, words stemmed (EnglishAnalyzer, IndonesianAnalyzer, ...; CJK
 * bigrams for Chinese, Japanese and Korean; the standard analyzer for languages Lucene has no analyzer for). Each
 * term keeps its offsets, so callers can recover the unstemmed word as written. Thread-safe (Lucene analyzers reuse
 * their token streams per thread).
 */
public final class TermAnalyzer implements AutoCloseable {

    /** A stemmed term and where its word stands in the text. */
    public record Term(String stem, int start, int end) {}

    private static final Map<String, Supplier<Analyzer>> BY_LANGUAGE = Map.ofEntries(
            Map.entry("en", EnglishAnalyzer::new),
            Map.entry("id", IndonesianAnalyzer::new),
            Map.entry("ms", IndonesianAnalyzer::new),
            Map.entry("es", SpanishAnalyzer::new),
            Map.entry("fr", FrenchAnalyzer::new),
            Map.entry("de", GermanAnalyzer::new),
            Map.entry("pt", PortugueseAnalyzer::new),
            Map.entry("it", ItalianAnalyzer::new),
            Map.entry("nl", DutchAnalyzer::new),
            Map.entry("ar", ArabicAnalyzer::new),
            Map.entry("ru", RussianAnalyzer::new),
            Map.entry("zh", CJKAnalyzer::new),
            Map.entry("ja", CJKAnalyzer::new),
            Map.entry("ko", CJKAnalyzer::new),
            Map.entry("th", ThaiAnalyzer::new),
            Map.entry("hi", HindiAnalyzer::new),
            Map.entry("nb", NorwegianAnalyzer::new),
            Map.entry("sv", SwedishAnalyzer::new),
            Map.entry("da", DanishAnalyzer::new),
            Map.entry("tr", () -> new org.apache.lucene.analysis.tr.TurkishAnalyzer()));

    private final Map<String, Analyzer> analyzers = new HashMap<>();
    private final Analyzer fallback = new StandardAnalyzer();

    /** Creates the analyzers of the given languages up front. */
    public TermAnalyzer(List<String> languages) {
        for (String language : languages) {
            Supplier<Analyzer> supplier = BY_LANGUAGE.get(language);
            if (supplier != null) {
                analyzers.put(language, supplier.get());
            }
        }
    }

    /** The terms of a text in a language, in order. */
    public List<Term> terms(String text, String language) {
        List<Term> out = new ArrayList<>();
        Analyzer analyzer = analyzers.getOrDefault(language, fallback);
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(new Term(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return out;
    }

    /** The stems of a short phrase (a rule term), stop words removed. */
    public List<String> stems(String phrase, String language) {
        return terms(phrase, language).stream().map(Term::stem).toList();
    }

    @Override
    public void close() {
        analyzers.values().forEach(Analyzer::close);
        fallback.close();
    }
}
