package io.kawat.publish.internal.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where an article is read: turns an article uri into the href of its HTML page. */
@FunctionalInterface
public interface ArticleLinks {

    /** The href of the article's page. */
    String href(String articleUri);

    /** Links relative to the publish API: {@code /api/articles/<url-encoded uri>.html}. */
    static ArticleLinks api() {
        return prefixed("");
    }

    /** Links under a site root, e.g. {@code https://news.example/api/articles/<url-encoded uri>.html}. */
    static ArticleLinks prefixed(String siteUrl) {
        String root = siteUrl == null ? "" : siteUrl.replaceAll("/+$", "");
        return uri -> root + "/api/articles/" + URLEncoder.encode(uri, StandardCharsets.UTF_8) + ".html";
    }
}
