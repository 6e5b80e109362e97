package io.kawat.publish.internal.feed;

import java.util.Objects;

/**
 * What a feed says about itself.
 *
 * @param title the feed's title
 * @param selfUrl the feed's own URL (Atom id and rel="self")
 * @param siteUrl the site the feed belongs to (rel="alternate", home_page_url); its origin is the root of item links
 */
public record FeedInfo(String title, String selfUrl, String siteUrl) {

    /** Requires all three. */
    public FeedInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(selfUrl, "selfUrl");
        Objects.requireNonNull(siteUrl, "siteUrl");
    }
}
