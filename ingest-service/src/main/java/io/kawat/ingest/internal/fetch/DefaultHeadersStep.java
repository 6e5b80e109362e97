package io.kawat.ingest.internal.fetch;

/**
 * Sets User-Agent and Accept unless the caller set them, and Accept-Encoding always: only codings the decoder
 * understands may be asked for.
 */
final class DefaultHeadersStep implements FetchStep {
    static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, "
            + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

    private final String userAgent;

    DefaultHeadersStep(String userAgent) {
        this.userAgent = userAgent;
    }

    @Override
    public HopResponse intercept(Chain chain) throws FetchException {
        HopRequest request = chain.request()
                .withDefaultHeader("User-Agent", userAgent)
                .withDefaultHeader("Accept", ACCEPT)
                .withHeader("Accept-Encoding", "gzip, deflate");
        return chain.proceed(request);
    }
}
