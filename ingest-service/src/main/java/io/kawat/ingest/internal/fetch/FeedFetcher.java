package io.kawat.ingest.internal.fetch;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches polled HTTP(S) feeds safely. A fetch runs a chain of small steps, outermost first:
 * <ol>
 *   <li>{@link RetryStep}: bounded attempts, jittered exponential backoff or Retry-After, on 5xx, 429, I/O, timeout;</li>
 *   <li>{@link StatusStep}: classifies statuses (4xx permanent, 5xx and 429 retriable);</li>
 *   <li>{@link DecodeStep}: gzip/deflate with a decompressed-size cap;</li>
 *   <li>{@link ConditionalGetStep}: If-None-Match / If-Modified-Since from the previous answer;</li>
 *   <li>{@link RedirectStep}: follows at most {@code maxRedirects}, each hop through the steps below;</li>
 *   <li>{@link DefaultHeadersStep}: User-Agent, Accept, Accept-Encoding;</li>
 *   <li>{@link SsrfGuardStep}: http(s) only, resolved addresses checked before connecting, on every hop;</li>
 *   <li>{@link PolitenessStep}: a minimum interval between requests to one host;</li>
 *   <li>{@link HttpTransport}: the JDK client, connect and idle-read timeouts, a streamed body-size cap.</li>
 * </ol>
 * Thread-safe: one fetcher serves every feed, so politeness spans them all. Header values given by the caller are
 * sent but never logged nor put in a {@link FetchResult.Failed} message.
 */
public final class FeedFetcher {
    private static final Logger log = LoggerFactory.getLogger(FeedFetcher.class);

    private final List<FetchStep> steps;

    public FeedFetcher(FetchPolicy policy, Clock clock, Sleeper sleeper, RandomGenerator random) {
        this(policy, clock, sleeper, random, HostResolver.system(), new HttpTransport(policy));
    }

    /** For tests: a resolver without DNS, and a transport that can be observed or replaced. */
    FeedFetcher(
            FetchPolicy policy,
            Clock clock,
            Sleeper sleeper,
            RandomGenerator random,
            HostResolver resolver,
            FetchStep transport) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(random, "random");
        this.steps = List.of(
                new RetryStep(policy, new Backoff(policy.initialBackoff(), policy.maxBackoff(), random), sleeper),
                new StatusStep(clock),
                new DecodeStep(policy.maxDecompressedBytes()),
                new ConditionalGetStep(),
                new RedirectStep(policy.maxRedirects()),
                new DefaultHeadersStep(policy.userAgent()),
                new SsrfGuardStep(Objects.requireNonNull(resolver, "resolver")),
                new PolitenessStep(policy.perHostInterval(), clock, sleeper),
                Objects.requireNonNull(transport, "transport"));
    }

    /** Fetches once (with retries); blocks; never throws for network or HTTP problems but returns {@code Failed}. */
    public FetchResult fetch(FetchRequest request) {
        FetchContext context = new FetchContext(request);
        HopRequest first = HopRequest.of(request.url(), request.headers());
        try {
            HopResponse response = new StepChain(steps, 0, context, first).proceed(first);
            if (response.status() == 304) {
                log.debug("GET {}: not modified", SafeUrl.of(request.url()));
                return new FetchResult.NotModified(context.attempts());
            }
            log.debug(
                    "GET {}: HTTP {} with {} bytes from {}",
                    SafeUrl.of(request.url()),
                    response.status(),
                    response.body().length,
                    SafeUrl.of(response.uri()));
            return new FetchResult.Fetched(
                    response.body(),
                    response.header("Content-Type").orElse(null),
                    response.header("ETag").orElse(null),
                    response.header("Last-Modified").orElse(null),
                    response.status(),
                    response.uri(),
                    context.attempts());
        } catch (FetchException e) {
            String message = context.redact(e.getMessage());
            log.debug(
                    "GET {} failed with {} after {} attempt(s): {}",
                    SafeUrl.of(request.url()),
                    e.error().code(),
                    context.attempts(),
                    message);
            return new FetchResult.Failed(
                    e.error(), !e.error().retriable(), e.httpStatus(), message, Math.max(1, context.attempts()));
        }
    }
}
