package io.kawat.enrich.internal.entity;

import java.util.Set;

/**
 * One surface form of a known entity.
 *
 * @param ref the entity it names
 * @param surface the form as written in the source data
 * @param exactCase true when the text must match case exactly (acronyms such as "US", "AS", "WHO")
 * @param languages languages whose text may use this form; empty for any
 * @param rank source preference when several entities share a form: 0 curated, 1 country, 2 organisation, 3 city
 * @param weight tie-break within a rank (city population)
 */
public record GazetteerEntry(
        EntityRef ref, String surface, boolean exactCase, Set<String> languages, int rank, long weight) {

    static final int CURATED = 0;
    static final int COUNTRY = 1;
    static final int ORGANISATION = 2;
    static final int CITY = 3;

    boolean allows(String language) {
        return languages.isEmpty() || languages.contains(language);
    }
}
