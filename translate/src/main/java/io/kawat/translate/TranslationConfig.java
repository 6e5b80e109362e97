package io.kawat.translate;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How {@link TranslationService} uses its engines.
 *
 * @param enginesByPair  engine names in fallback order per pair {@code "<from>-<to>"} (ISO 639-1, e.g. {@code en-es});
 *                       the key {@value #ANY_PAIR} applies to every pair without its own entry
 * @param batchSize      most texts sent to an engine in one call
 * @param maxConcurrency most calls in flight per engine name; engines not listed get {@value #DEFAULT_CONCURRENCY}
 * @param timeout        longest wait for one engine call, and for a free slot of a busy engine
 * @param glossary       per pair {@code "<from>-<to>"}, the newsroom's renderings of source terms (any case), applied
 *                       whichever engine translates
 */
public record TranslationConfig(
        Map<String, List<String>> enginesByPair,
        int batchSize,
        Map<String, Integer> maxConcurrency,
        Duration timeout,
        Map<String, Map<String, String>> glossary) {
    public static final String ANY_PAIR = "*";
    public static final int DEFAULT_CONCURRENCY = 1;

    public TranslationConfig(
            Map<String, List<String>> enginesByPair,
            int batchSize,
            Map<String, Integer> maxConcurrency,
            Duration timeout) {
        this(enginesByPair, batchSize, maxConcurrency, timeout, Map.of());
    }

    public TranslationConfig {
        glossary = Map.copyOf(glossary);
        enginesByPair = normalised(enginesByPair);
        maxConcurrency = Map.copyOf(maxConcurrency);
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be positive, was " + batchSize);
        }
        maxConcurrency.forEach((engine, max) -> {
            if (max <= 0) {
                throw new IllegalArgumentException("maxConcurrency of " + engine + " must be positive, was " + max);
            }
        });
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    /**
     * Apertium first, then LibreTranslate, then DeepL for every pair; batches of 50 (the most texts DeepL takes in one
     * request; Apertium pays about 0.1 s of process start-up per batch); 30 s timeout.
     */
    public static TranslationConfig defaults() {
        return new TranslationConfig(
                parseEngines("*=apertium,libretranslate,deepl"),
                50,
                parseConcurrency("apertium=2,libretranslate=4,deepl=4"),
                Duration.ofSeconds(30));
    }

    /** The engine names to try for a pair, in order (the pair's own entry, else the {@value #ANY_PAIR} entry). */
    public List<String> enginesFor(String from, String to) {
        String pair = (from + "-" + to).toLowerCase(Locale.ROOT);
        return enginesByPair.getOrDefault(pair, enginesByPair.getOrDefault(ANY_PAIR, List.of()));
    }

    /** The glossary of a pair (empty when it has none). */
    public Map<String, String> glossaryFor(String from, String to) {
        return glossary.getOrDefault((from + "-" + to).toLowerCase(Locale.ROOT), Map.of());
    }

    /**
     * Parses {@code en-id: Secretary of State=Menlu, State Department=Kemlu; en-es: Secretary of State=secretario de
     * Estado}.
     */
    public static Map<String, Map<String, String>> parseGlossary(String text) {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        for (String entry : entries(text, ";")) {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(
                        "glossary entry '" + entry + "' is not '<from>-<to>: term=rendering, ...'");
            }
            String pair = entry.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (!pair.matches("[a-z]{2,3}-[a-z]{2,3}")) {
                throw new IllegalArgumentException("glossary pair '" + pair + "' is not '<from>-<to>', e.g. en-id");
            }
            Map<String, String> terms = new LinkedHashMap<>();
            for (String item : entries(entry.substring(colon + 1), ",")) {
                int eq = item.indexOf('=');
                if (eq <= 0 || eq == item.length() - 1) {
                    throw new IllegalArgumentException(
                            "glossary item '" + item + "' of " + pair + " is not 'term=rendering'");
                }
                terms.put(item.substring(0, eq).strip(), item.substring(eq + 1).strip());
            }
            result.put(pair, Map.copyOf(terms));
        }
        return result;
    }

    /** The most calls an engine may have in flight. */
    public int maxConcurrency(String engine) {
        return maxConcurrency.getOrDefault(engine, DEFAULT_CONCURRENCY);
    }

    /** Parses {@code en-es=apertium,libretranslate; *=libretranslate,deepl}. */
    public static Map<String, List<String>> parseEngines(String text) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (String entry : entries(text, ";")) {
            String[] parts = keyValue(entry);
            List<String> engines = Arrays.stream(parts[1].split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .map(s -> s.toLowerCase(Locale.ROOT))
                    .toList();
            if (!parts[0].equals(ANY_PAIR) && !parts[0].matches("[a-z]{2,3}(-[a-z]{2,4})?-[a-z]{2,3}(-[a-z]{2,4})?")) {
                throw new IllegalArgumentException("'" + parts[0] + "' is not a language pair like en-es or *");
            }
            result.put(parts[0], engines);
        }
        return result;
    }

    /** Parses {@code apertium=2,libretranslate=4}. */
    public static Map<String, Integer> parseConcurrency(String text) {
        Map<String, Integer> result = new LinkedHashMap<>();
        for (String entry : entries(text, ",")) {
            String[] parts = keyValue(entry);
            result.put(parts[0], Integer.parseInt(parts[1]));
        }
        return result;
    }

    private static List<String> entries(String text, String separator) {
        return Arrays.stream(text.split(separator))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String[] keyValue(String entry) {
        int eq = entry.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("'" + entry + "' is not name=value");
        }
        return new String[] {
            entry.substring(0, eq).trim().toLowerCase(Locale.ROOT),
            entry.substring(eq + 1).trim()
        };
    }

    private static Map<String, List<String>> normalised(Map<String, List<String>> byPair) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byPair.forEach((pair, engines) -> copy.put(pair.toLowerCase(Locale.ROOT), List.copyOf(engines)));
        return Map.copyOf(copy);
    }
}
