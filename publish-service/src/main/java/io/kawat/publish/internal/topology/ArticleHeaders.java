package io.kawat.publish.internal.topology;

/** Headers the publish topology puts on records of {@code news.articles.v1}. */
public final class ArticleHeaders {
    /**
     * On a record that repeats an article's latest version because an operator asked to resend it: the id of the
     * RESEND command (UTF-8). Consumers that keep only the latest version can ignore the repeat; webhook delivery
     * sends it again under a new event id.
     */
    public static final String RESEND = "kawat.resend";

    private ArticleHeaders() {}
}
