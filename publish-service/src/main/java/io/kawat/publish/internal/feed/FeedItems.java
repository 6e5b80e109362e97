package io.kawat.publish.internal.feed;

import io.kawat.publish.internal.render.ArticleLinks;
import io.kawat.publish.internal.render.HtmlSanitizer;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.PubStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** What the three feed formats share: which articles go in, in what order, their links, ids and clean text. */
final class FeedItems {

    private final ArticleLinks links;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    FeedItems(ArticleLinks links) {
        this.links = links;
    }

    /** Published (USABLE) articles only, newest version first. */
    static List<Article> published(List<Article> items) {
        return items.stream()
                .filter(a -> a.getPubStatus() == PubStatus.USABLE)
                .sorted(Comparator.comparing(Article::getVersionCreated)
                        .reversed()
                        .thenComparing(Article::getUri))
                .toList();
    }

    /** The newest versionCreated, or the epoch for an empty feed (so the output depends on the items alone). */
    static Instant updated(List<Article> published) {
        return published.stream()
                .map(Article::getVersionCreated)
                .max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
    }

    String link(FeedInfo feed, Article a) {
        return (links != null ? links : ArticleLinks.prefixed(origin(feed.siteUrl()))).href(a.getUri());
    }

    String contentHtml(Article a) {
        return sanitizer.clean(a.getBodyHtml());
    }

    /** The article uri when it is an absolute URI, else a urn:kawat: form (Atom ids must be IRIs). */
    static String id(String uri) {
        try {
            if (new URI(uri).isAbsolute()) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // not a URI as it stands: encoded below
        }
        return "urn:kawat:" + java.net.URLEncoder.encode(uri, StandardCharsets.UTF_8);
    }

    /** Text without the characters XML 1.0 forbids (control characters would make the feed unreadable). */
    static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(FeedItems::allowedInXml).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    private static String origin(String siteUrl) {
        try {
            URI uri = new URI(siteUrl);
            if (uri.getScheme() != null && uri.getRawAuthority() != null) {
                return uri.getScheme() + "://" + uri.getRawAuthority();
            }
        } catch (URISyntaxException e) {
            // not a URL: links stay relative
        }
        return "";
    }
}
