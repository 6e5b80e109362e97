package io.kawat.publish.internal.webhook;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/** POSTs one webhook request and answers the HTTP status; I/O failures and timeouts throw. */
@FunctionalInterface
public interface WebhookSender {
    int post(URI url, Map<String, String> headers, String body) throws IOException, InterruptedException;
}
