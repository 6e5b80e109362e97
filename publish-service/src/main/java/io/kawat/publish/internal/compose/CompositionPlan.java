package io.kawat.publish.internal.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which usable member plays which part in an article.
 *
 * <ul>
 *   <li>A syndicated copy ({@code duplicateOf} names another usable member) is not repeated: it is only credited.
 *       A copy whose original is not among the usable members stands in for it as a source.</li>
 *   <li>One section per source (source id): when a source has several stories in the cluster, the one with the most
 *       text is shown (the oldest on a tie) and the others are only credited.</li>
 *   <li>The lead, which gives the headline, standfirst and dateline, is the earliest first-created of the shown
 *       stories among those with at least half as much text as the longest one: the first report of an event wins
 *       unless it is only a flash, and a later, fuller story does not take the lead from it.</li>
 * </ul>
 *
 * @param lead the lead story
 * @param shown one story per source, the lead first, then oldest first
 * @param credited usable stories not shown because their source already has a section
 * @param syndicated copies not repeated
 */
record CompositionPlan(Member lead, List<Member> shown, List<Member> credited, List<Member> syndicated) {

    static CompositionPlan of(List<Member> usable) {
        Set<String> usableIds = usable.stream().map(Member::storyId).collect(Collectors.toSet());
        List<Member> syndicated = new ArrayList<>();
        Map<String, List<Member>> bySource = new LinkedHashMap<>();
        for (Member m : usable) {
            String original = m.enriched().getDuplicateOf();
            if (original != null && !original.equals(m.storyId()) && usableIds.contains(original)) {
                syndicated.add(m);
            } else {
                bySource.computeIfAbsent(m.sourceId(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Member> shown = new ArrayList<>();
        List<Member> credited = new ArrayList<>();
        Comparator<Member> fullest =
                Comparator.comparingInt(Member::textLength).reversed().thenComparing(Member.BY_AGE);
        for (List<Member> stories : bySource.values()) {
            stories.sort(fullest);
            shown.add(stories.get(0));
            credited.addAll(stories.subList(1, stories.size()));
        }
        if (shown.isEmpty()) {
            // Every usable story names another usable one as its original (a cycle): show the oldest.
            shown.add(syndicated.remove(0));
        }
        Member lead = lead(shown);
        shown.sort(Member.BY_AGE);
        shown.remove(lead);
        shown.add(0, lead);
        credited.sort(Member.BY_AGE);
        return new CompositionPlan(lead, List.copyOf(shown), List.copyOf(credited), List.copyOf(syndicated));
    }

    /** True when more than one source is shown. */
    boolean isRoundup() {
        return shown.size() > 1;
    }

    private static Member lead(List<Member> shown) {
        int longest = shown.stream().mapToInt(Member::textLength).max().orElse(0);
        return shown.stream()
                .filter(m -> 2 * m.textLength() >= longest)
                .min(Member.BY_AGE)
                .orElseThrow();
    }
}
