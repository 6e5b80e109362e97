package io.kawat.bench.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Corpus BLEU as sacreBLEU 2.x computes it by default ({@code BLEU(tokenize='13a', smooth_method='exp')}, Papineni et
 * al. 2002): the mteval-v13a tokenisation, clipped n-gram matches of orders 1 to 4 against the most generous
 * reference, the closest reference length (the shorter on a tie) for the brevity penalty, counts summed over the
 * corpus, and the "exp" smoothing of mteval for orders without a match.
 */
public final class Bleu {
    static final int MAX_ORDER = 4;

    /** The tokenisers sacreBLEU names {@code 13a} and {@code none}. */
    public enum Tokenizer {
        V13A(Bleu::tokenize13a),
        NONE(s -> s);

        private final Function<String, String> apply;

        Tokenizer(Function<String, String> apply) {
            this.apply = apply;
        }

        String[] tokens(String text) {
            String t = apply.apply(text).strip();
            return t.isEmpty() ? new String[0] : t.split(" +");
        }
    }

    /** The summed statistics and the score. */
    public record Result(double score, long[] correct, long[] total, long sysLength, long refLength) {}

    private Bleu() {}

    public static Result corpus(List<String> hypotheses, List<List<String>> referenceStreams) {
        return corpus(hypotheses, referenceStreams, Tokenizer.V13A);
    }

    public static Result corpus(List<String> hypotheses, List<List<String>> referenceStreams, Tokenizer tokenizer) {
        long[] correct = new long[MAX_ORDER];
        long[] total = new long[MAX_ORDER];
        long sysLength = 0;
        long refLength = 0;
        for (int i = 0; i < hypotheses.size(); i++) {
            String[] hyp = tokenizer.tokens(hypotheses.get(i));
            Map<String, Integer> maxRefCounts = new HashMap<>();
            int closest = -1;
            for (List<String> stream : referenceStreams) {
                String[] ref = tokenizer.tokens(stream.get(i));
                int diff = Math.abs(ref.length - hyp.length);
                if (closest < 0
                        || diff < Math.abs(closest - hyp.length)
                        || (diff == Math.abs(closest - hyp.length) && ref.length < closest)) {
                    closest = ref.length;
                }
                ngrams(ref).forEach((k, v) -> maxRefCounts.merge(k, v, Math::max));
            }
            sysLength += hyp.length;
            refLength += closest;
            Map<String, Integer> hypCounts = ngrams(hyp);
            for (Map.Entry<String, Integer> e : hypCounts.entrySet()) {
                int order = order(e.getKey());
                total[order - 1] += e.getValue();
                correct[order - 1] += Math.min(e.getValue(), maxRefCounts.getOrDefault(e.getKey(), 0));
            }
        }
        return new Result(score(correct, total, sysLength, refLength), correct, total, sysLength, refLength);
    }

    /** sacreBLEU's {@code compute_bleu} with the "exp" smoothing and no effective order. */
    public static double score(long[] correct, long[] total, long sysLength, long refLength) {
        double[] precisions = new double[MAX_ORDER];
        double smooth = 1;
        for (int n = 1; n <= MAX_ORDER; n++) {
            if (total[n - 1] == 0) {
                break;
            }
            if (correct[n - 1] == 0) {
                smooth *= 2;
                precisions[n - 1] = 100.0 / (smooth * total[n - 1]);
            } else {
                precisions[n - 1] = 100.0 * correct[n - 1] / total[n - 1];
            }
        }
        double bp = 1;
        if (sysLength < refLength) {
            bp = sysLength > 0 ? Math.exp(1 - (double) refLength / sysLength) : 0;
        }
        double logSum = 0;
        for (double p : precisions) {
            logSum += p == 0 ? -9_999_999_999.0 : Math.log(p);
        }
        return bp * Math.exp(logSum / MAX_ORDER);
    }

    private static final Pattern SYMBOLS = Pattern.compile("([\\{-\\~\\[-\\` -\\&\\(-\\+\\:-\\@\\/])");
    private static final Pattern PERIOD_COMMA_AFTER_NON_DIGIT = Pattern.compile("([^0-9])([\\.,])");
    private static final Pattern PERIOD_COMMA_BEFORE_NON_DIGIT = Pattern.compile("([\\.,])([^0-9])");
    private static final Pattern DASH_AFTER_DIGIT = Pattern.compile("([0-9])(-)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    /** mteval-v13a as sacreBLEU's {@code TokenizerV13a}. */
    static String tokenize13a(String text) {
        String line = text.replace("<skipped>", "").replace("-\n", "").replace("\n", " ");
        if (line.contains("&")) {
            line = line.replace("&quot;", "\"")
                    .replace("&amp;", "&")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">");
        }
        line = " " + line + " ";
        line = SYMBOLS.matcher(line).replaceAll(" $1 ");
        line = PERIOD_COMMA_AFTER_NON_DIGIT.matcher(line).replaceAll("$1 $2 ");
        line = PERIOD_COMMA_BEFORE_NON_DIGIT.matcher(line).replaceAll(" $1 $2");
        line = DASH_AFTER_DIGIT.matcher(line).replaceAll("$1 $2 ");
        return String.join(" ", WHITESPACE.split(line.strip()));
    }

    private static Map<String, Integer> ngrams(String[] tokens) {
        Map<String, Integer> counts = new HashMap<>();
        for (int n = 1; n <= MAX_ORDER; n++) {
            for (int i = 0; i + n <= tokens.length; i++) {
                counts.merge(
                        n + "\u0000" + String.join(" ", java.util.Arrays.copyOfRange(tokens, i, i + n)),
                        1,
                        Integer::sum);
            }
        }
        return counts;
    }

    private static int order(String key) {
        return key.charAt(0) - '0';
    }
}
