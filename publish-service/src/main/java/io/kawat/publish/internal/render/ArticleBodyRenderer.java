package io.kawat.publish.internal.render;

import static io.kawat.publish.internal.render.HtmlText.escape;

import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.RelatedLink;
import io.kawat.schemas.avro.Section;
import io.kawat.schemas.avro.TranslationState;
import io.kawat.schemas.avro.TranslationStatus;
import java.util.List;

/**
 * Renders an article's body (what goes into {@code Article.bodyHtml}): the editorial notes (correction or withdrawal,
 * "translation unavailable"), then the sections, numbered when they have headings, each passage led by its credit,
 * with the "Read also" links between sections as in a newsroom roundup. Text is escaped and the result sanitised.
 */
public final class ArticleBodyRenderer {

    private final Chrome chrome;
    private final ArticleLinks links;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    /** A renderer linking related articles with the given links. */
    public ArticleBodyRenderer(Chrome chrome, ArticleLinks links) {
        this.chrome = chrome;
        this.links = links;
    }

    /** The sanitised body HTML of the article. */
    public String render(Article a) {
        String lang = a.getLanguage();
        StringBuilder html = new StringBuilder(4096);
        notes(a, html);
        List<Section> sections = a.getSections();
        List<RelatedLink> related = a.getRelated();
        int nextLink = 0;
        // Link i follows section i (as "Baca Juga" sits between the reference's sections); the rest close the body.
        for (int i = 0; i < sections.size(); i++) {
            section(lang, i + 1, sections.get(i), html);
            boolean last = i == sections.size() - 1;
            while (nextLink < related.size() && (nextLink == i || last)) {
                readAlso(lang, related.get(nextLink++), html);
            }
        }
        for (; nextLink < related.size(); nextLink++) {
            readAlso(lang, related.get(nextLink), html);
        }
        return sanitizer.clean(html.toString());
    }

    /** The translation note, when part of the text is shown in its source language; null otherwise. */
    public String translationNote(Article a) {
        TranslationState t = a.getTranslation();
        boolean unavailable = t != null
                && t.getStatus() != TranslationStatus.TRANSLATED
                && t.getStatus() != TranslationStatus.NOT_NEEDED;
        return unavailable ? chrome.translationUnavailable(a.getLanguage()) : null;
    }

    private void notes(Article a, StringBuilder html) {
        if (a.getCorrectionNote() != null && !a.getCorrectionNote().isBlank()) {
            html.append("<p class=\"kawat-note kawat-correction\">")
                    .append(escape(a.getCorrectionNote()))
                    .append("</p>");
        }
        String translation = translationNote(a);
        if (translation != null) {
            html.append("<p class=\"kawat-note kawat-translation\">")
                    .append(escape(translation))
                    .append("</p>");
        }
    }

    private void section(String lang, int number, Section s, StringBuilder html) {
        html.append("<section class=\"kawat-section\">");
        if (s.getHeading() != null && !s.getHeading().isBlank()) {
            html.append("<h2>")
                    .append(escape(chrome.sectionHeading(lang, number, s.getHeading())))
                    .append("</h2>");
        }
        List<String> paragraphs = s.getParagraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            html.append("<p>");
            if (i == 0 && s.getAttribution() != null && !s.getAttribution().isBlank()) {
                String credit = "<span class=\"kawat-credit\">" + escape(s.getAttribution()) + "</span>";
                html.append(chrome.creditedParagraph(lang, credit, escape(paragraphs.get(i))));
            } else {
                html.append(escape(paragraphs.get(i)));
            }
            html.append("</p>");
        }
        html.append("</section>");
    }

    private void readAlso(String lang, RelatedLink link, StringBuilder html) {
        html.append("<p class=\"kawat-read-also\"><strong>")
                .append(escape(chrome.readAlso(lang)))
                .append("</strong> ")
                .append("<a href=\"")
                .append(escape(links.href(link.getUri())))
                .append("\">")
                .append(escape(link.getHeadline()))
                .append("</a></p>");
    }
}
