package io.kawat.enrich.internal.entity;

import io.kawat.schemas.avro.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the people, organisations, places, events and things of a story.
 *
 * <p>Steps: known names from the {@link Gazetteer}; person titles from the {@link Lexicon}; unknown names from the
 * {@link NameFinder} rules; every further occurrence of an unknown name; then {@link Coreference} links short forms
 * to the full names of the same story. Mentions of one entity are grouped by
 * canonical id (or name); salience mixes headline presence, first position and frequency. Thread-safe.
 */
public final class EntityExtractor {

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final NameFinder names;

    public EntityExtractor(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.names = new NameFinder(lexicon);
    }

    /** Loads the bundled gazetteers and word lists. */
    public static EntityExtractor load() {
        return new EntityExtractor(GazetteerLoader.load(), Lexicon.load());
    }

    /**
     * Entities of a text whose first {@code headlineEnd} chars are the headline, most salient first.
     *
     * @param text headline, standfirst and paragraphs separated by newlines
     * @param language ISO 639-1 code of the text
     */
    public List<Entity> extract(String text, int headlineEnd, String language) {
        Context ctx = Context.of(text, language, headlineEnd, lexicon);
        List<Span> known = gazetteer.find(text, ctx.folded(), language);
        List<int[]> titles = lexicon.titles(text, ctx.folded()).stream()
                .filter(t -> known.stream().noneMatch(k -> k.start() < t[1] && t[0] < k.end()))
                .toList();
        NameFinder.Result found = names.find(ctx, known, titles);
        List<Span> spans = new ArrayList<>(found.known());
        spans.addAll(found.unknown());
        spans.addAll(furtherOccurrences(text, found.unknown(), spans));
        spans.sort(Comparator.comparingInt(Span::start));
        List<Span> linked = Coreference.link(text, spans, lexicon);
        return group(linked, text.length(), headlineEnd);
    }

    private static List<Span> furtherOccurrences(String text, List<Span> unknown, List<Span> taken) {
        List<Span> out = new ArrayList<>();
        for (Span u : unknown) {
            for (int at = text.indexOf(u.surface()); at >= 0; at = text.indexOf(u.surface(), at + 1)) {
                Span s = new Span(at, at + u.surface().length(), u.surface(), u.ref(), u.rank());
                boolean bounded = (at == 0 || !Fold.isWordChar(text.charAt(at - 1)))
                        && (s.end() == text.length() || !Fold.isWordChar(text.charAt(s.end())));
                if (bounded
                        && taken.stream().noneMatch(s::overlaps)
                        && out.stream().noneMatch(s::overlaps)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static List<Entity> group(List<Span> spans, int textLength, int headlineEnd) {
        Map<String, List<Span>> byKey = new LinkedHashMap<>();
        for (Span s : spans) {
            byKey.computeIfAbsent(s.ref().key(), k -> new ArrayList<>()).add(s);
        }
        List<Entity> out = new ArrayList<>();
        for (List<Span> mentions : byKey.values()) {
            EntityRef ref = mentions.get(0).ref();
            List<String> forms = mentions.stream().map(Span::surface).distinct().toList();
            out.add(Entity.newBuilder()
                    .setType(ref.type())
                    .setName(ref.name())
                    .setCanonicalId(ref.canonicalId())
                    .setMentions(new ArrayList<>(forms))
                    .setSalience(Salience.of(mentions.get(0).start(), mentions.size(), textLength, headlineEnd))
                    .build());
        }
        out.sort(Comparator.comparingDouble(Entity::getSalience)
                .reversed()
                .thenComparing(e -> e.getName().toString()));
        return out;
    }
}
