package io.kawat.ingest.internal.fetch;

/**
 * One small step of fetching (user agent, conditional GET, retry, redirect, SSRF guard, politeness, transport ...),
 * in the manner of OkHttp's interceptors: a step may change the request, call the rest of the chain zero or more
 * times, and change or replace the answer. The last step of a chain answers without proceeding.
 */
@FunctionalInterface
interface FetchStep {

    HopResponse intercept(Chain chain) throws FetchException;

    /** The rest of the chain, as seen from one step. */
    interface Chain {

        HopRequest request();

        FetchContext context();

        /** Runs the next steps with {@code request}. */
        HopResponse proceed(HopRequest request) throws FetchException;
    }
}
