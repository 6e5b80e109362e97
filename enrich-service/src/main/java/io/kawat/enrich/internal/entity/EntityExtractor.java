package io.kawat.enrich.internal.entity;

import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the people, organisations, places, events and things of a story.
 *
 * <p>Steps: known names from the {@link Gazetteer}; where a learned {@link Recogniser} model serves the language,
 * the names it proposes (a known name of the same extent links the proposal to its id, a proposal inside a known name
 * yields to it, and, as {@link Combine} says, known names no proposal touches and rule-found names); otherwise person titles from the {@link Lexicon} and unknown
 * names from the {@link NameFinder} rules; every further occurrence of an unknown name; then {@link Coreference}
 * links short forms to the full names of the same story. Mentions of one entity are grouped by
 * canonical id (or name); salience mixes headline presence, first position and frequency. Thread-safe.
 */
public final class EntityExtractor {

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final NameFinder names;
    private final Recogniser recogniser;
    private final Combine combine;

    /** How the model's proposals combine with the gazetteer and the rules. */
    public enum Combine {
        /** known names only link the proposals they match to ids */
        LINK,
        /** also keep the known names no proposal touches */
        ADD_KNOWN,
        /** also keep the rules' unknown names no proposal or known name overlaps */
        ADD_KNOWN_AND_RULES
    }

    public EntityExtractor(Gazetteer gazetteer, Lexicon lexicon, Recogniser recogniser, Combine combine) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.names = new NameFinder(lexicon);
        this.recogniser = recogniser;
        this.combine = combine;
    }

    /** How the model's proposals combine with the gazetteer and the rules. */
    public Combine combine() {
        return combine;
    }

    /** The gazetteer and the rules alone, without learned models. */
    public EntityExtractor(Gazetteer gazetteer, Lexicon lexicon) {
        this(gazetteer, lexicon, Recogniser.none(), Combine.LINK);
    }

    /** The bundled gazetteers, word lists and models, combined as given. */
    public static EntityExtractor load(Combine combine) {
        return new EntityExtractor(GazetteerLoader.load(), Lexicon.load(), Recogniser.load(), combine);
    }

    /** Loads the bundled gazetteers, word lists and name models. */
    public static EntityExtractor load() {
        return load(SHIPPED);
    }

    /** The shipped combination, chosen on the dev splits (docs/quality-entities.md). */
    public static final Combine SHIPPED = Combine.LINK;

    /** Loads the bundled gazetteers and word lists only: the rule-based recogniser (the baseline). */
    public static EntityExtractor loadRules() {
        return new EntityExtractor(GazetteerLoader.load(), Lexicon.load());
    }

    /** One mention: [start, end) of the text, its type and canonical id (null when unknown). */
    public record Mention(int start, int end, EntityType type, String canonicalId) {}

    /**
     * Entities of a text whose first {@code headlineEnd} chars are the headline, most salient first.
     *
     * @param text headline, standfirst and paragraphs separated by newlines
     * @param language ISO 639-1 code of the text
     */
    public List<Entity> extract(String text, int headlineEnd, String language) {
        return group(spans(text, headlineEnd, language), text.length(), headlineEnd);
    }

    /** Every mention of the text in order, before grouping (what the evaluation scores). */
    public List<Mention> mentions(String text, int headlineEnd, String language) {
        return spans(text, headlineEnd, language).stream()
                .map(s ->
                        new Mention(s.start(), s.end(), s.ref().type(), s.ref().canonicalId()))
                .toList();
    }

    private List<Span> spans(String text, int headlineEnd, String language) {
        Context ctx = Context.of(text, language, headlineEnd, lexicon);
        List<Span> known = gazetteer.find(text, ctx.folded(), language);
        List<Span> spans;
        List<Span> unknown;
        if (recogniser.supports(language)) {
            List<Span> proposed = recogniser.find(text, language).stream()
                    .map(f -> {
                        String name = text.substring(f.start(), f.end());
                        return new Span(
                                f.start(), f.end(), name, new EntityRef(f.type(), null, name), GazetteerEntry.CURATED);
                    })
                    .toList();
            spans = merge(known, proposed, combine != Combine.LINK);
            if (combine == Combine.ADD_KNOWN_AND_RULES) {
                List<Span> taken = List.copyOf(spans);
                rules(ctx, known).unknown().stream()
                        .filter(r -> taken.stream().noneMatch(r::overlaps))
                        .forEach(spans::add);
            }
            unknown = spans.stream().filter(s -> s.ref().canonicalId() == null).toList();
        } else {
            NameFinder.Result found = rules(ctx, known);
            spans = new ArrayList<>(found.known());
            spans.addAll(found.unknown());
            unknown = found.unknown();
        }
        spans.addAll(furtherOccurrences(text, unknown, spans));
        spans.sort(Comparator.comparingInt(Span::start));
        return Coreference.link(text, spans, lexicon);
    }

    private NameFinder.Result rules(Context ctx, List<Span> known) {
        List<int[]> titles = lexicon.titles(ctx.text(), ctx.folded()).stream()
                .filter(t -> known.stream().noneMatch(k -> k.start() < t[1] && t[0] < k.end()))
                .toList();
        return names.find(ctx, known, titles);
    }

    /**
     * Proposals of the model with the known names: a known name of the same extent replaces its proposal (linking the
     * id), a known name enclosing a proposal wins, a proposal enclosing known names or crossing one wins, and known
     * names no proposal touches are kept.
     */
    static List<Span> merge(List<Span> known, List<Span> proposed, boolean addKnown) {
        List<Span> out = new ArrayList<>();
        List<Span> usedKnown = new ArrayList<>();
        for (Span p : proposed) {
            Span winner = p;
            for (Span k : known) {
                if (k.overlaps(p) && k.start() <= p.start() && k.end() >= p.end()) {
                    winner = k;
                }
            }
            if (winner != p && out.contains(winner)) {
                continue;
            }
            out.add(winner);
            known.stream().filter(p::overlaps).forEach(usedKnown::add);
        }
        for (Span k : addKnown ? known : List.<Span>of()) {
            if (!usedKnown.contains(k)) {
                out.add(k);
            }
        }
        out.sort(Comparator.comparingInt(Span::start));
        return out;
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
