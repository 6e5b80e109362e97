package io.kawat.enrich.internal.entity;

import io.kawat.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rules for names the gazetteer does not know: chains of capitalised words, cut at known names, titles and words
 * that are never names.
 *
 * <p>A chain may hold name parts ("Supreme", "Italian", "Kota"), connectors ("of", "De", "bin") and, when it names an
 * organisation, "and". It must hold at least one word that is neither. A chain right after a title is a person
 * ("Foreign Minister Hanke Bruins Slot"); a chain right before a title qualifies it ("Education Minister") and is
 * dropped. A chain absorbs a neighbouring city or single-word person alias ("Brussels Airport", "Jesse Jackson"),
 * and any known name when it holds a word such as "Bank" or "Union" ("Bank of Japan"); in Indonesian also a country
 * after two or more words ("Wahana Lingkungan Hidup Indonesia"). One capitalised word counts only mid-sentence and
 * only when the text never writes it in lower case; a word opening a sentence counts only when it also appears
 * capitalised mid-sentence. In German, where every noun is capitalised, a single word counts only after a title.
 * Headlines in Title Case are left to the body.
 */
final class NameFinder {

    enum Kind {
        KNOWN,
        TITLE,
        STOP,
        PART,
        FREE,
        CONNECTOR,
        AND,
        OTHER
    }

    private final Lexicon lexicon;

    NameFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Result: the known spans still standing and the new unknown-name spans. */
    record Result(List<Span> known, List<Span> unknown) {}

    Result find(Context ctx, List<Span> known, List<int[]> titles) {
        Chains chains = new Chains(ctx, known, titles, lexicon);
        Set<Integer> dissolved = new HashSet<>();
        List<Span> unknown = new ArrayList<>();
        for (int[] chain : chains.all()) {
            Span span = candidate(ctx, chains, chain[0], chain[1], dissolved);
            if (span != null) {
                unknown.add(span);
            }
        }
        List<Span> kept = new ArrayList<>();
        for (int k = 0; k < known.size(); k++) {
            if (!dissolved.contains(k)) {
                kept.add(known.get(k));
            }
        }
        return new Result(kept, unknown);
    }

    private Span candidate(Context ctx, Chains c, int a, int b, Set<Integer> dissolved) {
        List<Token> tokens = ctx.tokens();
        boolean afterTitle = c.titleEndsBefore(tokens.get(a).start());
        if (!afterTitle && tokens.get(a).sentenceInitial()) {
            if (a == b && !c.freeMidSentence(tokens.get(a).text())) {
                return null;
            }
            if (a < b && ctx.lowerWords().contains(tokens.get(a).text().toLowerCase(Locale.ROOT))) {
                a = c.nextWord(a, b);
            }
        }
        if (ctx.inTitleCaseHeadline(tokens.get(a).start()) || c.titleStartsAfter(b)) {
            return null;
        }
        EntityType type = typeOf(tokens, a, b);
        boolean free = c.hasFree(a, b);
        if (!free && type == null) {
            return null;
        }
        b = c.attachNumber(b, type, a == b);
        int start = tokens.get(a).start();
        int end = tokens.get(b).end();
        int left = c.knownLeftOf(a);
        if (left >= 0 && absorbs(ctx, c.known(left), type, a, b, false)) {
            dissolved.add(left);
            start = tokens.get(c.partsLeftOf(c.firstTokenOf(left))).start();
            start = Math.min(start, c.known(left).start());
        }
        int right = c.knownRightOf(b);
        if (right >= 0 && absorbs(ctx, c.known(right), type, a, b, true)) {
            dissolved.add(right);
            end = Math.max(end, c.known(right).end());
        }
        boolean alone = start == tokens.get(a).start() && end == tokens.get(b).end();
        if (!free && alone && (a == b || lexicon.typeOf(tokens.get(b).text()) == null)) {
            return null; // name parts alone count only as several words ending in "Court", "Union" ... or around a name
        }
        boolean single =
                a == b && start == tokens.get(a).start() && end == tokens.get(b).end();
        if (single && !afterTitle && !acceptSingle(ctx, tokens.get(a))) {
            return null;
        }
        String name = ctx.text().substring(start, end);
        EntityType finalType = type != null
                ? type
                : afterTitle
                        ? EntityType.PERSON
                        : single && tokens.get(a).isAcronym() ? EntityType.ORGANISATION : EntityType.PERSON;
        return new Span(start, end, name, new EntityRef(finalType, null, name), GazetteerEntry.CURATED);
    }

    private static boolean absorbs(Context ctx, Span neighbour, EntityType partType, int a, int b, boolean right) {
        boolean singleWordPerson = neighbour.ref().type() == EntityType.PERSON
                && !neighbour.surface().contains(" ");
        if (neighbour.rank() == GazetteerEntry.CITY || singleWordPerson) {
            return true;
        }
        if (partType != null && partType != EntityType.PERSON && neighbour.ref().type() != EntityType.PERSON) {
            return true;
        }
        boolean indonesian = ctx.language().equals("id") || ctx.language().equals("ms");
        return indonesian && right && b > a && neighbour.rank() == GazetteerEntry.COUNTRY;
    }

    private boolean acceptSingle(Context ctx, Token token) {
        if (ctx.language().equals("de")) {
            return false;
        }
        if (token.isAcronym()) {
            return true;
        }
        return token.text().length() >= 3
                && !ctx.lowerWords().contains(token.text().toLowerCase(Locale.ROOT));
    }

    private EntityType typeOf(List<Token> tokens, int a, int b) {
        for (int t = b; t >= a; t--) {
            EntityType type = lexicon.typeOf(tokens.get(t).text());
            if (type != null) {
                return type;
            }
        }
        return null;
    }
}
