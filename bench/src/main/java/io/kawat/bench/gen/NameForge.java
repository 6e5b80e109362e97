package io.kawat.bench.gen;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Invented names and words, unique per event: every event gets people, an organisation and a place no other event
 * has, and a few coined terms, so that events stay apart in Kawat's clustering (entities and keywords) the way real
 * events do, while the sentences around them are real wire copy.
 */
final class NameForge {

    private static final List<String> SYLLABLES = List.of(
            "ka", "ro", "mi", "ze", "lun", "dar", "vo", "te", "bri", "sa", "nel", "to", "gra", "vi", "mor", "el", "qua",
            "dis", "fen", "ul", "pra", "zo", "hal", "be");
    private static final List<String> GIVEN = List.of(
            "Maria", "Ahmad", "Lena", "Jonas", "Sari", "Carlos", "Amina", "Erik", "Dewi", "Tomas", "Ines", "Yusuf",
            "Hanna", "Marco", "Lucia", "Budi");
    private static final List<String> COINED_ENDINGS = List.of("ite", "ation", "ex", "ola", "ium", "ane");

    private NameForge() {}

    /** A word no other (event, slot) pair gets: the pair in base 24 syllables after a random one. */
    static String unique(int event, int slot, RandomGenerator random) {
        StringBuilder word = new StringBuilder(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
        int n = event * 16 + slot;
        do {
            word.append(SYLLABLES.get(n % SYLLABLES.size()));
            n /= SYLLABLES.size();
        } while (n > 0);
        return word.toString();
    }

    /** A capitalised invented name. */
    static String name(int event, int slot, RandomGenerator random) {
        String w = unique(event, slot, random);
        return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }

    /** A person: a common given name and an invented surname. */
    static String person(int event, int slot, RandomGenerator random) {
        return GIVEN.get(random.nextInt(GIVEN.size())) + " " + name(event, slot, random);
    }

    /** A coined lower-case term, a keyword only this event uses. */
    static String coined(int event, int slot, RandomGenerator random) {
        return unique(event, slot, random) + COINED_ENDINGS.get(random.nextInt(COINED_ENDINGS.size()));
    }
}
