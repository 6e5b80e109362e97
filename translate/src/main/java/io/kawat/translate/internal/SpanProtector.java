package io.kawat.translate.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Replaces spans that must survive translation verbatim (URLs, e-mail addresses, the caller's protected terms such
 * as entity names and quotes' speakers, and numbers) by placeholders engines copy unchanged, and puts them back.
 *
 * <p>Placeholders are digit-only tokens ({@code 90001}, {@code 90002}, ...): measured with Apertium eng-spa, a
 * number is kept as is and keeps the sentence grammatical ("90001 dijo ..."), whereas bracketed tokens such as
 * {@code [[K0]]} are unknown words that break agreement and capitalise the next word ("[[K0]] Dijo ..."). Every
 * digit run of the text is itself protected, so a placeholder never meets a stray number. In HTML fragments only
 * text between tags is touched; tags, comments and entities are left as they are.
 */
public final class SpanProtector {
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"']+");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:/]\\d+)*");
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}";

    private record Span(int start, int end, int priority) {}

    private SpanProtector() {}

    /** The text with its protected spans replaced; {@code html} says whether it is an HTML fragment. */
    public static MaskedText mask(String text, Set<String> protectedTerms, boolean html) {
        return mask(text, protectedTerms, Map.of(), html);
    }

    /**
     * As {@link #mask(String, Set, boolean)}, with a glossary of the newsroom's preferred renderings (term in the
     * source language, matched whatever its case, mapped to its rendering): each term is masked like a protected span
     * and comes back as its rendering, whichever engine translates, so "Secretary of State" is always "Menlu".
     */
    public static MaskedText mask(String text, Set<String> protectedTerms, Map<String, String> glossary, boolean html) {
        Pattern terms = termPattern(protectedTerms);
        Pattern glossed = glossary.isEmpty() ? null : glossaryPattern(glossary.keySet());
        Map<String, String> renderingByTerm = new java.util.HashMap<>();
        glossary.forEach((term, rendering) -> renderingByTerm.put(term.strip().toLowerCase(Locale.ROOT), rendering));
        Map<String, String> tokenByOriginal = new LinkedHashMap<>();
        List<String> originals = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.length());
        List<Markup.Segment> segments = Markup.segments(text, html);
        // first pass: which spans, in order of appearance (decides the placeholder width)
        List<List<Span>> spansBySegment = new ArrayList<>();
        for (Markup.Segment segment : segments) {
            List<Span> spans = segment.markup() ? List.of() : spans(segment.content(), glossed, terms);
            spansBySegment.add(spans);
            for (Span span : spans) {
                String original = segment.content().substring(span.start(), span.end());
                if (!tokenByOriginal.containsKey(original)) {
                    tokenByOriginal.put(original, "");
                    originals.add(original);
                }
            }
        }
        int width = Math.max(4, String.valueOf(originals.size()).length());
        for (int i = 0; i < originals.size(); i++) {
            tokenByOriginal.put(originals.get(i), MaskedText.token(i + 1, width));
        }
        for (int s = 0; s < segments.size(); s++) {
            String content = segments.get(s).content();
            int last = 0;
            for (Span span : spansBySegment.get(s)) {
                String original = content.substring(span.start(), span.end());
                out.append(content, last, span.start()).append(tokenByOriginal.get(original));
                last = span.end();
            }
            out.append(content.substring(last));
        }
        Map<String, String> originalByToken = new LinkedHashMap<>();
        tokenByOriginal.forEach((original, token) ->
                originalByToken.put(token, renderingByTerm.getOrDefault(original.toLowerCase(Locale.ROOT), original)));
        return new MaskedText(out.toString(), originalByToken, width, html);
    }

    private static List<Span> spans(String text, Pattern glossary, Pattern terms) {
        List<Span> candidates = new ArrayList<>();
        addUrls(text, candidates);
        add(EMAIL.matcher(text), 0, candidates);
        if (glossary != null) {
            add(glossary.matcher(text), 1, candidates);
        }
        if (terms != null) {
            add(terms.matcher(text), 1, candidates);
        }
        add(NUMBER.matcher(text), 2, candidates);
        candidates.sort(Comparator.comparingInt(Span::start)
                .thenComparingInt(Span::priority)
                .thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> chosen = new ArrayList<>();
        int end = 0;
        for (Span span : candidates) {
            if (span.start() >= end) {
                chosen.add(span);
                end = span.end();
            }
        }
        return chosen;
    }

    private static void addUrls(String text, List<Span> candidates) {
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            candidates.add(new Span(m.start(), end, 0));
        }
    }

    private static void add(Matcher m, int priority, List<Span> candidates) {
        while (m.find()) {
            candidates.add(new Span(m.start(), m.end(), priority));
        }
    }

    private static Pattern glossaryPattern(Set<String> terms) {
        Pattern pattern = termPattern(terms);
        return pattern == null
                ? null
                : Pattern.compile(pattern.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Pattern termPattern(Set<String> protectedTerms) {
        String alternation = protectedTerms.stream()
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        if (alternation.isEmpty()) {
            return null;
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + alternation + ")(?![\\p{L}\\p{N}_])");
    }
}
