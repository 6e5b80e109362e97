package io.kawat.ingest.internal.parse;

import io.kawat.schemas.avro.Signal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips agency prefixes from headlines and turns them into signals: {@code CORRECTED-} and {@code CORRECTION-}
 * give CORRECTION, {@code UPDATE n-} and {@code WRAPUP n-} give UPDATE, {@code REFILE-} and {@code RPT-} (a re-send
 * without substantive change) give OTHER. Stacked prefixes ({@code UPDATE 2-CORRECTED-...}) are all taken.
 */
final class HeadlineSignals {

    private static final Pattern PREFIX =
            Pattern.compile("^(CORRECTED|CORRECTION|UPDATE(?:\\s*\\d+)?|WRAPUP(?:\\s*\\d+)?|REFILE|RPT)\\s*-\\s*");

    private HeadlineSignals() {}

    /** Returns the headline without prefixes and adds their signals to {@code signals}. */
    static String strip(String headline, Set<Signal> signals) {
        if (headline == null) {
            return null;
        }
        String rest = headline;
        Matcher m = PREFIX.matcher(rest);
        while (m.find()) {
            String word = m.group(1);
            if (word.startsWith("CORRECT")) {
                signals.add(Signal.CORRECTION);
            } else if (word.startsWith("UPDATE") || word.startsWith("WRAPUP")) {
                signals.add(Signal.UPDATE);
            } else {
                signals.add(Signal.OTHER);
            }
            rest = rest.substring(m.end());
            m = PREFIX.matcher(rest);
        }
        return rest.isBlank() ? headline : rest;
    }
}
