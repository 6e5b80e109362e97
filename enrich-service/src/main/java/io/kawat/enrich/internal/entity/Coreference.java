package io.kawat.enrich.internal.entity;

import io.kawat.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Links short forms to the full names of the same story:
 * <ul>
 *   <li>a single word repeating the first or last word of a multi-word person ("Blinken", "Retno"), or a city name
 *       inside a multi-word organisation ("Madrid" after "Real Madrid"), becomes that entity when it is unknown or a
 *       city;</li>
 *   <li>an acronym in parentheses right after a name ("Rapid Support Forces (RSF)") becomes that name, taking the
 *       known one's identity when only one of the two is known;</li>
 *   <li>an unknown name that ends another unknown name ("Ruet-i-Hilal Committee" in "Central Ruet-i-Hilal
 *       Committee") becomes the longer one, unless the longer one only adds generic words ("Kabupaten Garut" becomes
 *       "Garut", the form other stories use).</li>
 * </ul>
 */
final class Coreference {

    private static final Pattern DATELINE_DASH = Pattern.compile("^\\s*[-–—]");

    private Coreference() {}

    static List<Span> link(String text, List<Span> spans, Lexicon lexicon) {
        List<Span> out = partialNames(spans);
        out = acronyms(text, out);
        return suffixes(out, lexicon);
    }

    private static List<Span> partialNames(List<Span> spans) {
        Map<String, EntityRef> parts = new HashMap<>();
        for (Span s : spans) {
            EntityType type = s.ref().type();
            if (type == EntityType.PERSON || type == EntityType.ORGANISATION) {
                for (String[] words :
                        List.of(s.ref().name().split(" "), s.surface().split(" "))) {
                    if (words.length > 1) {
                        parts.putIfAbsent(words[words.length - 1], s.ref());
                        if (type == EntityType.PERSON) {
                            parts.putIfAbsent(words[0], s.ref());
                        }
                    }
                }
            }
        }
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            EntityRef whole = s.surface().contains(" ") ? null : parts.get(s.surface());
            boolean weak = s.ref().canonicalId() == null || s.rank() == GazetteerEntry.CITY;
            out.add(whole != null && !whole.equals(s.ref()) && weak ? s.withRef(whole) : s);
        }
        return out;
    }

    private static List<Span> acronyms(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans);
        for (int i = 1; i < out.size(); i++) {
            Span name = out.get(i - 1);
            Span acronym = out.get(i);
            // spans from different finders may overlap: only "Name (ACR)" in that order counts
            boolean parenthesised = name.end() <= acronym.start()
                    && text.substring(name.end(), acronym.start()).equals(" (")
                    && text.startsWith(")", acronym.end())
                    && !DATELINE_DASH.matcher(text.substring(acronym.end() + 1)).find();
            if (!parenthesised || !abbreviates(acronym.surface(), name.surface())) {
                continue;
            }
            boolean nameKnown = name.ref().canonicalId() != null;
            boolean acronymKnown = acronym.ref().canonicalId() != null;
            if (!acronymKnown) {
                relink(out, acronym.ref(), name.ref());
            } else if (!nameKnown) {
                relink(out, name.ref(), acronym.ref());
            }
        }
        return out;
    }

    /** "RSF" for "Rapid Support Forces" (initials in order), or a short form sharing the first letter ("Suparco"). */
    static boolean abbreviates(String shortForm, String name) {
        if (shortForm.contains(" ") || shortForm.length() < 2) {
            return false;
        }
        if (!shortForm.equals(shortForm.toUpperCase(Locale.ROOT))) {
            return Character.toLowerCase(shortForm.charAt(0)) == Character.toLowerCase(name.charAt(0));
        }
        String[] words = name.split("[ ,]+");
        int w = 0;
        for (char c : shortForm.toCharArray()) {
            while (w < words.length && (words[w].isEmpty() || Character.toUpperCase(words[w].charAt(0)) != c)) {
                w++;
            }
            if (w == words.length) {
                return false;
            }
            w++;
        }
        return true;
    }

    private static List<Span> suffixes(List<Span> spans, Lexicon lexicon) {
        List<Span> out = new ArrayList<>(spans);
        for (Span shorter : spans) {
            if (shorter.ref().canonicalId() != null) {
                continue;
            }
            for (Span longer : spans) {
                String a = shorter.ref().name();
                String b = longer.ref().name();
                if (longer.ref().canonicalId() == null && b.length() > a.length() && b.endsWith(" " + a)) {
                    // "Kabupaten Garut" is Garut: a generic prefix gives way to the plain name that other stories use
                    boolean genericPrefix = Arrays.stream(b.substring(0, b.length() - a.length())
                                    .trim()
                                    .split(" "))
                            .allMatch(lexicon::isNamePart);
                    if (genericPrefix) {
                        relink(out, longer.ref(), shorter.ref());
                    } else {
                        relink(out, shorter.ref(), longer.ref());
                    }
                    break;
                }
            }
        }
        return out;
    }

    private static void relink(List<Span> spans, EntityRef from, EntityRef to) {
        spans.replaceAll(s -> s.ref().equals(from) ? s.withRef(to) : s);
    }
}
