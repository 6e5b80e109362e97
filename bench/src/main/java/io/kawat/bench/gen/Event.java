package io.kawat.bench.gen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * One news event told by 2 to 5 sources. Each language the event is told in gets a base text: real sentences of
 * that language with the capitalised words replaced by the event's invented names, its coined terms inserted and a
 * few light edits. Members rewrite the base of their source's language, or copy an earlier member (syndication).
 */
final class Event {

    static final int BASE_SENTENCES = 30;
    /** Fewer template sentences than this is scarce copy. */
    static final int SCARCE = 40;

    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{L}+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\"“«(]+|[.,;:!?\"”»)']+$");

    /** A planned member: its source and, for a syndicated copy, the index of the member it copies (else -1). */
    record Member(BenchSource source, int copyOf) {}

    /** The event's text in one language. */
    record Base(String headline, List<String> sentences) {}

    final int index;
    final List<Member> members;
    private final TemplateCorpus corpus;
    private final List<String> pieces = new ArrayList<>();
    private final List<String> coined = new ArrayList<>();
    private final String person;
    private final Map<String, Base> bases = new HashMap<>();
    private final RandomGenerator random;
    int emitted;

    Event(int index, List<Member> members, TemplateCorpus corpus, RandomGenerator random) {
        this.index = index;
        this.members = List.copyOf(members);
        this.corpus = corpus;
        this.random = random;
        person = NameForge.person(index, 0, random);
        pieces.addAll(List.of(person.split(" ")));
        for (int slot = 1; slot <= 4; slot++) {
            pieces.add(NameForge.name(index, slot, random));
        }
        for (int slot = 5; slot <= 7; slot++) {
            coined.add(NameForge.coined(index, slot, random));
        }
    }

    boolean done() {
        return emitted >= members.size();
    }

    /** The base text in a language, built on first use. */
    Base base(String language) {
        return bases.computeIfAbsent(language, this::build);
    }

    /** A term only this event uses, e.g. to make an updated headline differ. */
    String coinedTerm() {
        return coined.get(random.nextInt(coined.size()));
    }

    private Base build(String language) {
        List<String> pool = corpus.sentences(language);
        Map<String, String> names = new HashMap<>();
        List<String> sentences = new ArrayList<>(BASE_SENTENCES);
        // a language with little template copy repeats its sentences across events: more coined terms and edits
        // keep those events apart
        boolean scarce = pool.size() < SCARCE;
        for (int i = 0; i < BASE_SENTENCES; i++) {
            String s = substitute(pool.get(random.nextInt(pool.size())), names);
            if (scarce || random.nextDouble() < 0.4) {
                s = Rewriter.insert(s, coinedTerm(), random);
            }
            if (scarce) {
                s = Rewriter.insert(s, coinedTerm(), random);
            }
            sentences.add(Rewriter.edit(s, scarce ? 0.15 : 0.05, pool, random));
        }
        sentences.set(0, Rewriter.insert(sentences.get(0), person, random));
        List<String> headlines = corpus.headlines(language);
        String template = headlines.isEmpty()
                ? pool.get(random.nextInt(pool.size()))
                : headlines.get(random.nextInt(headlines.size()));
        String headline = Rewriter.headline(substitute(template, names), 12);
        if (pieces.stream().noneMatch(headline::contains)) {
            headline = pieces.get(2 + random.nextInt(pieces.size() - 2)) + ": " + headline;
        }
        return new Base(headline, List.copyOf(sentences));
    }

    /** Replaces capitalised words after the first with the event's names, the same word always by the same name. */
    private String substitute(String sentence, Map<String, String> names) {
        String[] words = sentence.split(" ");
        for (int i = 1; i < words.length; i++) {
            String core = EDGE_PUNCTUATION.matcher(words[i]).replaceAll("");
            if (core.length() > 1 && CAPITALISED.matcher(core).matches()) {
                String name = names.computeIfAbsent(core, k -> pieces.get(names.size() % pieces.size()));
                words[i] = words[i].replace(core, name);
            }
        }
        return String.join(" ", words);
    }
}
