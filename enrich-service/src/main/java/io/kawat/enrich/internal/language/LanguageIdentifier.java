package io.kawat.enrich.internal.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Language identification with Lingua in low-accuracy mode, restricted to the configured languages.
 *
 * <p>Lingua 1.2 reports relative values (the best language 1.0, the others the ratio of their log-likelihoods).
 * These are turned into a confidence by a sharpened softmax, {@code exp(k·v) / Σ exp(k·v)} with
 * k = {@value #SHARPNESS}: a margin of 0.1 between the two best languages gives about 0.99, Indonesian against Malay on a short text about
 * 0.8. The declared language wins when the detector finds it plausible (confidence at least {@value #PLAUSIBLE}),
 * because feeds usually declare correctly and Indonesian/Malay or Spanish/Portuguese are close; when the detector is
 * unsure (below {@value #SURE}) the declared language is used, or "und" without one. Thread-safe.
 */
public final class LanguageIdentifier {

    static final double SHARPNESS = 50.0;
    static final double PLAUSIBLE = 0.2;
    static final double SURE = 0.6;
    /** Enough for headline and lead: detection cost grows with the text, accuracy stops growing long before this. */
    private static final int MAX_CHARS = 400;

    private final LanguageDetector detector;
    private final List<String> languages;

    private LanguageIdentifier(LanguageDetector detector, List<String> languages) {
        this.detector = detector;
        this.languages = languages;
    }

    /** Builds a detector for the given ISO 639-1 codes, loading their models now. */
    public static LanguageIdentifier forLanguages(List<String> isoCodes) {
        List<IsoCode639_1> codes = new ArrayList<>();
        for (String code : isoCodes) {
            codes.add(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)));
        }
        LanguageDetector detector = LanguageDetectorBuilder.fromIsoCodes639_1(codes.toArray(new IsoCode639_1[0]))
                .withLowAccuracyMode()
                .withPreloadedLanguageModels()
                .build();
        return new LanguageIdentifier(detector, List.copyOf(isoCodes));
    }

    /** Identifies the language of headline plus body, keeping the declared language beside it. */
    public LanguageResult identify(String text, String declaredTag) {
        String declared = normalise(declaredTag);
        Map<String, Double> confidences = confidences(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        if (confidences.isEmpty()) {
            return new LanguageResult(declared == null ? "und" : declared, 0.0, "und", declared);
        }
        String best = confidences.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        double bestConfidence = confidences.get(best);
        String chosen;
        if (declared != null && confidences.getOrDefault(declared, 0.0) >= PLAUSIBLE) {
            chosen = declared;
        } else if (bestConfidence >= SURE) {
            chosen = best;
        } else {
            chosen = declared == null ? "und" : declared;
        }
        return new LanguageResult(chosen, round(bestConfidence), best, declared);
    }

    /** The configured languages. */
    public List<String> languages() {
        return languages;
    }

    private Map<String, Double> confidences(String text) {
        SortedMap<Language, Double> relative = detector.computeLanguageConfidenceValues(text);
        Map<Language, Double> exp = new EnumMap<>(Language.class);
        double sum = 0;
        for (Map.Entry<Language, Double> e : relative.entrySet()) {
            double v = Math.exp(SHARPNESS * (e.getValue() - 1.0));
            exp.put(e.getKey(), v);
            sum += v;
        }
        Map<String, Double> out = new java.util.HashMap<>();
        for (Map.Entry<Language, Double> e : exp.entrySet()) {
            if (e.getKey() != Language.UNKNOWN) {
                out.put(e.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT), e.getValue() / sum);
            }
        }
        return out;
    }

    /** "en-US" to "en", "ind" to "id"; null for null or blank. */
    static String normalise(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return switch (primary) {
            case "in", "ind" -> "id";
            case "iw" -> "he";
            case "no", "nob" -> "nb";
            case "eng" -> "en";
            case "msa", "zsm" -> "ms";
            case "fil" -> "tl";
            default -> primary;
        };
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
