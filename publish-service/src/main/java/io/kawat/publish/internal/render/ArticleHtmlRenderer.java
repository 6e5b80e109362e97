package io.kawat.publish.internal.render;

import static io.kawat.publish.internal.render.HtmlText.escape;

import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.InfoSource;
import io.kawat.schemas.avro.Media;
import io.kawat.schemas.avro.TopicTag;
import java.util.List;

/**
 * Renders a whole article as a sanitised HTML fragment ({@code <article>...</article>}): headline, standfirst,
 * dateline, byline, the lead image with caption and credit, the body, further images, topic tags and sources. All
 * text is escaped and the result passes the {@link HtmlSanitizer}: no script, no event handlers, no javascript: URLs.
 * Serve it with a Content-Security-Policy all the same. Thread-safe.
 */
public final class ArticleHtmlRenderer {

    private final Chrome chrome;
    private final ArticleBodyRenderer body;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    /** A renderer with the chrome loaded from the classpath and links relative to the publish API. */
    public ArticleHtmlRenderer() {
        this(Chrome.load());
    }

    /** A renderer with links relative to the publish API ({@link ArticleLinks#api()}). */
    public ArticleHtmlRenderer(Chrome chrome) {
        this(chrome, ArticleLinks.api());
    }

    /** A renderer with the given links for related articles. */
    public ArticleHtmlRenderer(Chrome chrome, ArticleLinks links) {
        this.chrome = chrome;
        this.body = new ArticleBodyRenderer(chrome, links);
    }

    /** The article page fragment. Uses the article's bodyHtml (sanitised again) or renders the body when empty. */
    public String render(Article a) {
        String lang = a.getLanguage();
        StringBuilder html = new StringBuilder(8192);
        html.append("<article class=\"kawat-article\" lang=\"")
                .append(escape(lang))
                .append("\">");
        header(a, html);
        List<Media> images = a.getImages();
        if (!images.isEmpty()) {
            figure(lang, images.get(0), html);
        }
        String bodyHtml = a.getBodyHtml() == null || a.getBodyHtml().isBlank() ? body.render(a) : a.getBodyHtml();
        html.append("<div class=\"kawat-body\">").append(bodyHtml).append("</div>");
        images.stream().skip(1).forEach(image -> figure(lang, image, html));
        footer(a, html);
        html.append("</article>");
        return sanitizer.clean(html.toString());
    }

    private void header(Article a, StringBuilder html) {
        html.append("<header><h1 class=\"kawat-headline\">")
                .append(escape(a.getHeadline()))
                .append("</h1>");
        paragraph("kawat-standfirst", a.getStandfirst(), html);
        paragraph("kawat-dateline", a.getDateline(), html);
        if (a.getByline() != null && !a.getByline().isBlank()) {
            paragraph("kawat-byline", chrome.byline(a.getLanguage(), a.getByline()), html);
        }
        html.append("</header>");
    }

    private void figure(String lang, Media image, StringBuilder html) {
        String caption = image.getCaption() == null ? "" : image.getCaption();
        html.append("<figure class=\"kawat-image\"><img src=\"")
                .append(escape(image.getHref()))
                .append("\" alt=\"")
                .append(escape(caption))
                .append("\"><figcaption>")
                .append(escape(caption));
        if (image.getCredit() != null && !image.getCredit().isBlank()) {
            html.append(" <span class=\"kawat-credit\">")
                    .append(escape(chrome.imageCredit(lang, image.getCredit())))
                    .append("</span>");
        }
        html.append("</figcaption></figure>");
    }

    private void footer(Article a, StringBuilder html) {
        String lang = a.getLanguage();
        html.append("<footer>");
        List<String> topics =
                a.getSubjects().stream().map(TopicTag::getLabel).distinct().toList();
        if (!topics.isEmpty()) {
            html.append("<p class=\"kawat-topics\"><strong>")
                    .append(escape(chrome.topicsLabel(lang)))
                    .append("</strong> ");
            for (int i = 0; i < topics.size(); i++) {
                html.append(i == 0 ? "" : ", ")
                        .append("<span class=\"kawat-topic\">")
                        .append(escape(topics.get(i)))
                        .append("</span>");
            }
            html.append("</p>");
        }
        List<String> sources =
                a.getInfoSources().stream().map(InfoSource::getName).distinct().toList();
        if (!sources.isEmpty()) {
            html.append("<p class=\"kawat-sources\"><strong>")
                    .append(escape(chrome.sourcesLabel(lang)))
                    .append("</strong> ")
                    .append(escape(String.join(", ", sources)))
                    .append("</p>");
        }
        html.append("</footer>");
    }

    private static void paragraph(String cssClass, String text, StringBuilder html) {
        if (text != null && !text.isBlank()) {
            html.append("<p class=\"")
                    .append(cssClass)
                    .append("\">")
                    .append(escape(text))
                    .append("</p>");
        }
    }
}
