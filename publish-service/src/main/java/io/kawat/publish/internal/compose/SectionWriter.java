package io.kawat.publish.internal.compose;

import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.schemas.avro.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the body sections: one per shown source, its passage (all its paragraphs, unchanged, so every quote stays
 * with its speaker) credited to the source in the edition language. A single-source article has one lead section
 * without a heading; in a roundup every section has a heading, the source's headline, or, where that would repeat
 * the article's headline, the first sentence of its passage.
 */
final class SectionWriter {

    private final Chrome chrome;

    SectionWriter(Chrome chrome) {
        this.chrome = chrome;
    }

    List<Section> sections(CompositionPlan plan, String edition) {
        String headline = plan.lead().story().getHeadline().trim();
        List<Section> sections = new ArrayList<>();
        for (Member m : plan.shown()) {
            List<String> passage = passage(m);
            sections.add(Section.newBuilder()
                    .setHeading(plan.isRoundup() ? heading(m, headline, passage) : null)
                    .setParagraphs(passage)
                    .setAttribution(chrome.attribution(edition, m.sourceName()))
                    .setSourceStoryId(m.storyId())
                    .setSourceName(m.sourceName())
                    .build());
        }
        return sections;
    }

    /** The paragraphs; a story without a body (a flash) gives its standfirst, summary or headline. */
    private static List<String> passage(Member m) {
        if (!m.paragraphs().isEmpty()) {
            return m.paragraphs();
        }
        for (String text : new String[] {m.story().getStandfirst(), m.enriched().getSummary()}) {
            if (text != null && !text.isBlank()) {
                return List.of(text.trim());
            }
        }
        return List.of(m.story().getHeadline().trim());
    }

    private static String heading(Member m, String articleHeadline, List<String> passage) {
        String own =
                m.story().getHeadline() == null ? "" : m.story().getHeadline().trim();
        if (!own.isEmpty() && !own.equalsIgnoreCase(articleHeadline)) {
            return own;
        }
        String first = WireText.firstSentence(passage.get(0));
        return first.isEmpty() ? articleHeadline : first;
    }
}
