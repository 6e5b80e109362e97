package io.kawat.bench.translate;

/**
 * What {@code TranslationBench} measured, written as JSON to {@code target/results/translation.json}.
 *
 * @param pair           the language pair, e.g. {@code en-es}
 * @param engine         the engine and how it was called
 * @param stories        stories per pass
 * @param texts          texts (headline and paragraphs) per pass
 * @param characters     source characters per pass
 * @param baseline       the engine called directly
 * @param cold           Kawat's {@code TranslationService} with an empty cache
 * @param replay         the same stories again through the warm cache
 * @param ratio          Kawat's cold throughput divided by the baseline's (1 = no overhead)
 * @param coldHitRate    cache hits divided by lookups during the cold pass (texts repeated across stories)
 * @param replayHitRate  cache hits divided by lookups during the replay (0..1)
 * @param failedTexts    texts the service did not translate in the cold pass (0 expected)
 */
public record TranslationFigures(
        String pair,
        String engine,
        int stories,
        long texts,
        long characters,
        Pass baseline,
        Pass cold,
        Pass replay,
        double ratio,
        double coldHitRate,
        double replayHitRate,
        long failedTexts) {

    /** One pass over the stories: how long it took and the rates. */
    public record Pass(double seconds, double storiesPerSecond, double charactersPerSecond) {
        public static Pass of(long nanos, int stories, long characters) {
            double seconds = nanos / 1e9;
            return new Pass(seconds, stories / seconds, characters / seconds);
        }
    }
}
