package io.kawat.bench.gen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Word-level edits that turn one telling into another: a word dropped, two words swapped, a word from other copy
 * in the same language inserted. About one edit every few words breaks most word 5-shingles, so two sources'
 * rewrites of an event are not near-duplicates (MinHash Jaccard well under 0.5) while sharing names and terms.
 */
final class Rewriter {

    private Rewriter() {}

    /** The sentence with edits at {@code rate} per word; {@code donors} supply inserted words. */
    static String edit(String sentence, double rate, List<String> donors, RandomGenerator random) {
        List<String> words = new ArrayList<>(Arrays.asList(sentence.split(" ")));
        for (int i = 1; i < words.size() - 1; i++) {
            if (random.nextDouble() >= rate) {
                continue;
            }
            switch (random.nextInt(3)) {
                case 0 -> {
                    if (words.size() > 6) {
                        words.remove(i);
                    }
                }
                case 1 -> {
                    String w = words.get(i);
                    words.set(i, words.get(i + 1));
                    words.set(i + 1, w);
                    i++;
                }
                default -> words.add(i, donorWord(donors, random));
            }
        }
        return String.join(" ", words);
    }

    /** A lower-case word of a random donor sentence (letters only), or "also" when none is found. */
    static String donorWord(List<String> donors, RandomGenerator random) {
        for (int attempt = 0; attempt < 5 && !donors.isEmpty(); attempt++) {
            String[] words = donors.get(random.nextInt(donors.size())).split(" ");
            String w = words[random.nextInt(words.length)];
            if (w.length() > 2 && w.chars().allMatch(Character::isLowerCase)) {
                return w;
            }
        }
        return "also";
    }

    /** Inserts {@code word} at a random inner position of the sentence. */
    static String insert(String sentence, String word, RandomGenerator random) {
        List<String> words = new ArrayList<>(Arrays.asList(sentence.split(" ")));
        words.add(1 + random.nextInt(Math.max(1, words.size() - 1)), word);
        return String.join(" ", words);
    }

    /** The first {@code max} words of a sentence without its closing punctuation: a headline. */
    static String headline(String sentence, int max) {
        String[] words = sentence.split(" ");
        String h = String.join(" ", Arrays.copyOf(words, Math.min(max, words.length)));
        return h.replaceAll("[.,;:!?\"“”«»]+$", "");
    }
}
