package io.kawat.enrich.internal.entity;

import io.kawat.enrich.internal.entity.NameFinder.Kind;
import io.kawat.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a text classified for the name rules (known name, title, stop word, name part, free capitalised
 * word, connector, "and", other) and grouped into chains of joined capitalised words, with the look-ups
 * {@link NameFinder} needs around a chain.
 */
final class Chains {

    private final Context ctx;
    private final List<Span> known;
    private final List<int[]> titles;
    private final Lexicon lexicon;
    private final Kind[] kinds;
    private final int[] knownIndex;
    private final Set<String> freeMidSentence = new HashSet<>();

    Chains(Context ctx, List<Span> known, List<int[]> titles, Lexicon lexicon) {
        this.ctx = ctx;
        this.known = known;
        this.titles = titles;
        this.lexicon = lexicon;
        int n = ctx.tokens().size();
        kinds = new Kind[n];
        knownIndex = new int[n];
        for (int t = 0; t < n; t++) {
            classify(t);
            Token tok = ctx.tokens().get(t);
            if (kinds[t] == Kind.FREE && !tok.sentenceInitial() && tok.start() >= ctx.headlineEnd()) {
                freeMidSentence.add(tok.text());
            }
        }
    }

    private void classify(int t) {
        Token tok = ctx.tokens().get(t);
        knownIndex[t] = -1;
        for (int k = 0; k < known.size(); k++) {
            if (known.get(k).start() < tok.end() && tok.start() < known.get(k).end()) {
                knownIndex[t] = k;
            }
        }
        if (knownIndex[t] >= 0) {
            kinds[t] = Kind.KNOWN;
        } else if (titles.stream().anyMatch(s -> s[0] < tok.end() && tok.start() < s[1])) {
            kinds[t] = Kind.TITLE;
        } else if (lexicon.isConnector(tok.text())) {
            kinds[t] = Kind.CONNECTOR;
        } else if (lexicon.isAnd(tok.text())) {
            kinds[t] = Kind.AND;
        } else if (!tok.capitalised() || tok.hasLowerCaseWithDigits()) {
            kinds[t] = Kind.OTHER;
        } else if (lexicon.isNotName(tok.text(), ctx.language())) {
            kinds[t] = Kind.STOP;
        } else {
            kinds[t] = lexicon.isNamePart(tok.text()) ? Kind.PART : Kind.FREE;
        }
    }

    /** Chains as [first, last] token indexes: joined runs of name words, split at "and" outside organisations. */
    List<int[]> all() {
        List<int[]> out = new ArrayList<>();
        int t = 0;
        while (t < kinds.length) {
            if (!startsChain(t)) {
                t++;
                continue;
            }
            int b = t;
            while (b + 1 < kinds.length && ctx.tokens().get(b + 1).joined() && inChain(b + 1)) {
                b++;
            }
            while (b > t && !isWord(b)) {
                b--;
            }
            splitAtAnd(t, b, out);
            t = b + 1;
        }
        return out;
    }

    private void splitAtAnd(int a, int b, List<int[]> out) {
        boolean organisation = lexicon.typeOf(ctx.tokens().get(a).text()) == EntityType.ORGANISATION
                || lexicon.typeOf(ctx.tokens().get(b).text()) == EntityType.ORGANISATION;
        int start = a;
        for (int t = a; t <= b; t++) {
            if (kinds[t] == Kind.AND && !organisation) {
                if (t - 1 >= start) {
                    out.add(new int[] {start, t - 1});
                }
                start = t + 1;
            }
        }
        if (start <= b) {
            out.add(new int[] {start, b});
        }
    }

    private boolean startsChain(int t) {
        if (kinds[t] == Kind.FREE || kinds[t] == Kind.PART) {
            return true;
        }
        // a capitalised connector may open a name ("De Bruyne", "Van Gogh") when a name word follows
        return kinds[t] == Kind.CONNECTOR
                && ctx.tokens().get(t).capitalised()
                && t + 1 < kinds.length
                && ctx.tokens().get(t + 1).joined()
                && isWord(t + 1);
    }

    private boolean inChain(int t) {
        return isWord(t) || kinds[t] == Kind.CONNECTOR || kinds[t] == Kind.AND;
    }

    private boolean isWord(int t) {
        return kinds[t] == Kind.FREE || kinds[t] == Kind.PART;
    }

    boolean hasFree(int a, int b) {
        for (int t = a; t <= b; t++) {
            if (kinds[t] == Kind.FREE) {
                return true;
            }
        }
        return false;
    }

    boolean freeMidSentence(String word) {
        return freeMidSentence.contains(word);
    }

    /** The next name word after a within [a, b]. */
    int nextWord(int a, int b) {
        int t = a + 1;
        while (t < b && !isWord(t)) {
            t++;
        }
        return t;
    }

    /** A year or model number right after the chain joins it ("Pilpres 2024", "Falcon 9"). */
    int attachNumber(int b, EntityType type, boolean single) {
        int next = b + 1;
        if (next < kinds.length
                && ctx.tokens().get(next).joined()
                && ctx.tokens().get(next).isNumber()
                && (type == EntityType.EVENT
                        || single && ctx.tokens().get(b).text().length() >= 3)) {
            return next;
        }
        return b;
    }

    boolean titleEndsBefore(int start) {
        for (int[] t : titles) {
            if (t[1] <= start
                    && start - t[1] <= 3
                    && ctx.text().substring(t[1], start).matches("[ ,]*")) {
                return true;
            }
        }
        return false;
    }

    /** True when a title follows the chain directly ("Education Minister"): the chain qualifies the title. */
    boolean titleStartsAfter(int b) {
        return b + 1 < kinds.length
                && kinds[b + 1] == Kind.TITLE
                && ctx.tokens().get(b + 1).joined();
    }

    Span known(int k) {
        return known.get(k);
    }

    /** The known span just left of token a (joined, at most one connector between), or -1. */
    int knownLeftOf(int a) {
        int t = a - 1;
        if (t >= 0 && kinds[t] == Kind.CONNECTOR && ctx.tokens().get(t + 1).joined()) {
            t--;
        }
        return t >= 0 && kinds[t] == Kind.KNOWN && ctx.tokens().get(t + 1).joined() ? knownIndex[t] : -1;
    }

    /** The known span just right of token b (joined, at most one connector between), or -1. */
    int knownRightOf(int b) {
        int t = b + 1;
        if (t < kinds.length
                && kinds[t] == Kind.CONNECTOR
                && ctx.tokens().get(t).joined()) {
            t++;
        }
        return t < kinds.length && kinds[t] == Kind.KNOWN && ctx.tokens().get(t).joined() ? knownIndex[t] : -1;
    }

    /** The first token of a known span. */
    int firstTokenOf(int k) {
        for (int t = 0; t < kinds.length; t++) {
            if (knownIndex[t] == k) {
                return t;
            }
        }
        return 0;
    }

    /** Extends left from token t over joined name parts ("National" before "Samsung Electronics Union"). */
    int partsLeftOf(int t) {
        int first = t;
        while (first - 1 >= 0
                && kinds[first - 1] == Kind.PART
                && ctx.tokens().get(first).joined()) {
            first--;
        }
        return first;
    }
}
