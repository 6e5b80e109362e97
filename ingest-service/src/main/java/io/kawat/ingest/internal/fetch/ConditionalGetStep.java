package io.kawat.ingest.internal.fetch;

/** Adds If-None-Match and If-Modified-Since from the validators of the previous answer, when the caller has them. */
final class ConditionalGetStep implements FetchStep {

    @Override
    public HopResponse intercept(Chain chain) throws FetchException {
        FetchRequest caller = chain.context().request();
        HopRequest request = chain.request();
        if (caller.etag() != null && !caller.etag().isBlank()) {
            request = request.withHeader("If-None-Match", caller.etag());
        }
        if (caller.lastModified() != null && !caller.lastModified().isBlank()) {
            request = request.withHeader("If-Modified-Since", caller.lastModified());
        }
        return chain.proceed(request);
    }
}
