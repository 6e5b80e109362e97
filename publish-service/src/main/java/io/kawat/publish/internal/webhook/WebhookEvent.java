package io.kawat.publish.internal.webhook;

import io.kawat.schemas.avro.Article;

/**
 * One article version (or withdrawal) to deliver: its event id, stable across attempts and restarts so that
 * receivers can drop duplicates ({@code <uri>@<version>}, plus {@code /resend/<commandId>} for an operator's
 * resend, which receivers should process again), the article uri and the ninjs JSON body.
 */
public record WebhookEvent(String eventId, String articleUri, long version, String body) {

    /** The event of an article version; {@code resendCommandId} is null unless an operator asked for a resend. */
    public static WebhookEvent of(Article article, String body, String resendCommandId) {
        String id = article.getUri() + "@" + article.getVersion()
                + (resendCommandId == null ? "" : "/resend/" + resendCommandId);
        return new WebhookEvent(id, article.getUri(), article.getVersion(), body);
    }
}
