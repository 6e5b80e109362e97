package io.kawat.enrich.internal.entity;

import io.kawat.schemas.avro.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links short forms to the full names of the same story:
 * <ul>
 *   <li>a single word repeating the first or last word of a multi-word person ("Blinken", "Retno"), or a city name
 *       inside a multi-word organisation ("Madrid" after "Real Madrid"), becomes that entity when it is unknown or a
 *       city;</li>
 *   <li>an acronym in parentheses right after a name ("Rapid Support Forces (RSF)") becomes that name, taking the
 *       known one's identity when only one of the two is known;</li>
 *   <li>an unknown name that ends another unknown name ("Ruet-i-Hilal Committee" in "Central Ruet-i-Hilal
 *       Committee") becomes the longer one.</li>
 * </ul>
 */
final class Coreference {

  private Coreference() {}

  static List<Span> link(String text, List<Span> spans) {
    List<Span> out = partialNames(spans);
    out = acronyms(text, out);
    return suffixes(out);
  }

  private static List<Span> partialNames(List<Span> spans) {
    Map<String, EntityRef> parts = new HashMap<>();
    for (Span s : spans) {
      EntityType type = s.ref().type();
      if (type == EntityType.PERSON || type == EntityType.ORGANISATION) {
        for (String[] words : List.of(s.ref().name().split(" "), s.surface().split(" "))) {
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
      boolean parenthesised = text.substring(name.end(), acronym.start()).equals(" (")
          && acronym.end() < text.length() && text.charAt(acronym.end()) == ')';
      if (!parenthesised || !acronym.surface().equals(acronym.surface().toUpperCase(java.util.Locale.ROOT))) {
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

  private static List<Span> suffixes(List<Span> spans) {
    List<Span> out = new ArrayList<>(spans);
    for (Span shorter : spans) {
      if (shorter.ref().canonicalId() != null) {
        continue;
      }
      for (Span longer : spans) {
        String a = shorter.ref().name();
        String b = longer.ref().name();
        if (longer.ref().canonicalId() == null && b.length() > a.length() && b.endsWith(" " + a)) {
          relink(out, shorter.ref(), longer.ref());
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
