package io.kawat.publish.internal.render;

import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.Section;
import java.util.ArrayList;
import java.util.List;

/** The article body as plain text: notes, numbered headings and credited passages, blank lines between paragraphs. */
public final class ArticlePlainText {

    private final Chrome chrome;
    private final ArticleBodyRenderer notes;

    /** Plain text with the chrome's labels. */
    public ArticlePlainText(Chrome chrome) {
        this.chrome = chrome;
        this.notes = new ArticleBodyRenderer(chrome, ArticleLinks.api());
    }

    /** The body as plain text. */
    public String render(Article a) {
        String lang = a.getLanguage();
        List<String> blocks = new ArrayList<>();
        if (a.getCorrectionNote() != null && !a.getCorrectionNote().isBlank()) {
            blocks.add(a.getCorrectionNote());
        }
        String translation = notes.translationNote(a);
        if (translation != null) {
            blocks.add(translation);
        }
        List<Section> sections = a.getSections();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (s.getHeading() != null && !s.getHeading().isBlank()) {
                blocks.add(chrome.sectionHeading(lang, i + 1, s.getHeading()));
            }
            List<String> paragraphs = s.getParagraphs();
            for (int p = 0; p < paragraphs.size(); p++) {
                boolean credited = p == 0
                        && s.getAttribution() != null
                        && !s.getAttribution().isBlank();
                blocks.add(
                        credited
                                ? chrome.creditedParagraph(lang, s.getAttribution(), paragraphs.get(p))
                                : paragraphs.get(p));
            }
        }
        return String.join("\n\n", blocks);
    }
}
