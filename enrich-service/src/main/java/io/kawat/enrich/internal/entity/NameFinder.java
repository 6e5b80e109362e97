package io.kawat.enrich.internal.entity;

import io.kawat.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rules for names the gazetteer does not know: runs of capitalised words, cut at known names, titles and words that
 * are never names.
 *
 * <p>A run part right after a title is a person ("Foreign Minister Hanke Bruins Slot"). A part next to a city, or
 * next to another known name while holding a word such as "Bank" or "University", absorbs it ("Brussels Airport",
 * "Bank of Japan"). A single capitalised word counts only mid-sentence, and only when the text never uses it in lower
 * case; a word that opens a sentence counts only when it also appears capitalised mid-sentence. In German, where every
 * noun is capitalised, a single word counts only after a title. Headlines in Title Case are left to the body.
 */
final class NameFinder {

  private enum Kind { KNOWN, TITLE, STOP, FREE, CONNECTOR, OTHER }

  private final Lexicon lexicon;

  NameFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Result: the known spans still standing and the new unknown-name spans. */
  record Result(List<Span> known, List<Span> unknown) {}

  Result find(Context ctx, List<Span> known, List<int[]> titles) {
    List<Token> tokens = ctx.tokens();
    Kind[] kinds = new Kind[tokens.size()];
    int[] knownIndex = new int[tokens.size()];
    classify(ctx, known, titles, kinds, knownIndex);
    Set<Integer> dissolved = new HashSet<>();
    List<Span> unknown = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (kinds[i] != Kind.FREE) {
        i++;
        continue;
      }
      int b = extend(tokens, kinds, i);
      Span span = candidate(ctx, kinds, knownIndex, known, titles, i, b, dissolved);
      if (span != null) {
        unknown.add(span);
      }
      i = b + 1;
    }
    List<Span> kept = new ArrayList<>();
    for (int k = 0; k < known.size(); k++) {
      if (!dissolved.contains(k)) {
        kept.add(known.get(k));
      }
    }
    return new Result(kept, unknown);
  }

  private static int extend(List<Token> tokens, Kind[] kinds, int from) {
    int b = from;
    while (true) {
      if (b + 1 < kinds.length && kinds[b + 1] == Kind.FREE && tokens.get(b + 1).joined()) {
        b++;
      } else if (b + 2 < kinds.length && kinds[b + 1] == Kind.CONNECTOR && kinds[b + 2] == Kind.FREE
          && tokens.get(b + 1).joined() && tokens.get(b + 2).joined()) {
        b += 2;
      } else {
        return b;
      }
    }
  }

  private void classify(Context ctx, List<Span> known, List<int[]> titles, Kind[] kinds, int[] knownIndex) {
    List<Token> tokens = ctx.tokens();
    for (int t = 0; t < tokens.size(); t++) {
      Token tok = tokens.get(t);
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
      } else if (tok.capitalised()) {
        kinds[t] = lexicon.isNotName(tok.text(), ctx.language()) ? Kind.STOP : Kind.FREE;
      } else {
        kinds[t] = lexicon.isConnector(tok.text()) ? Kind.CONNECTOR : Kind.OTHER;
      }
    }
  }

  private Span candidate(Context ctx, Kind[] kinds, int[] knownIndex, List<Span> known, List<int[]> titles,
      int a, int b, Set<Integer> dissolved) {
    List<Token> tokens = ctx.tokens();
    boolean afterTitle = titleEndsBefore(ctx.text(), titles, tokens.get(a).start());
    if (!afterTitle && tokens.get(a).sentenceInitial()) {
      if (a == b && !ctx.capitalisedMidSentence().contains(tokens.get(a).text())) {
        return null;
      }
      if (a < b && ctx.lowerWords().contains(tokens.get(a).text().toLowerCase(Locale.ROOT))) {
        a = kinds[a + 1] == Kind.FREE ? a + 1 : a + 2;
      }
    }
    if (ctx.inTitleCaseHeadline(tokens.get(a).start())) {
      return null;
    }
    EntityType type = typeOf(tokens, a, b);
    int start = tokens.get(a).start();
    int end = tokens.get(b).end();
    int left = a - 1;
    if (left >= 0 && kinds[left] == Kind.KNOWN && tokens.get(a).joined() && absorbs(known.get(knownIndex[left]), type)) {
      dissolved.add(knownIndex[left]);
      start = Math.min(start, known.get(knownIndex[left]).start());
    }
    int right = kinds.length > b + 2 && kinds[b + 1] == Kind.CONNECTOR ? b + 2 : b + 1;
    if (right < kinds.length && kinds[right] == Kind.KNOWN && tokens.get(right).joined()
        && absorbs(known.get(knownIndex[right]), type)) {
      dissolved.add(knownIndex[right]);
      end = Math.max(end, known.get(knownIndex[right]).end());
    }
    boolean single = a == b && start == tokens.get(a).start() && end == tokens.get(b).end();
    if (single && !afterTitle && !acceptSingle(ctx, tokens.get(a))) {
      return null;
    }
    String name = ctx.text().substring(start, end);
    EntityType finalType = afterTitle ? EntityType.PERSON : type != null ? type
        : single && tokens.get(a).isAcronym() ? EntityType.ORGANISATION : EntityType.PERSON;
    return new Span(start, end, name, new EntityRef(finalType, null, name), GazetteerEntry.CURATED);
  }

  private boolean absorbs(Span neighbour, EntityType partType) {
    return neighbour.rank() == GazetteerEntry.CITY
        || partType != null && partType != EntityType.PERSON && neighbour.ref().type() != EntityType.PERSON;
  }

  private boolean acceptSingle(Context ctx, Token token) {
    if (ctx.language().equals("de")) {
      return false;
    }
    if (token.isAcronym()) {
      return true;
    }
    return token.text().length() >= 3 && !ctx.lowerWords().contains(token.text().toLowerCase(Locale.ROOT));
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

  private static boolean titleEndsBefore(String text, List<int[]> titles, int start) {
    for (int[] t : titles) {
      if (t[1] <= start && start - t[1] <= 3 && text.substring(t[1], start).matches("[ ,]*")) {
        return true;
      }
    }
    return false;
  }
}
