package io.kawat.ingest.internal.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The last step: one GET through the JDK HTTP client, which never follows redirects itself. The body is read through
 * a {@link CappedBodySubscriber}; the read timeout is an idle timeout, restarted by every buffer received, so a slow
 * but steady feed completes while a stalled one fails.
 */
final class HttpTransport implements FetchStep {
    private final HttpClient client;
    private final Duration readTimeout;
    private final long maxBodyBytes;

    HttpTransport(FetchPolicy policy) {
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(policy.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.readTimeout = policy.readTimeout();
        this.maxBodyBytes = policy.maxBodyBytes();
    }

    @Override
    public HopResponse intercept(Chain chain) throws FetchException {
        HopRequest hop = chain.request();
        HttpRequest request = build(hop);
        AtomicLong lastProgress = new AtomicLong(System.nanoTime());
        AtomicReference<CappedBodySubscriber> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
            lastProgress.set(System.nanoTime());
            CappedBodySubscriber subscriber = new CappedBodySubscriber(maxBodyBytes, contentLength(info), lastProgress);
            body.set(subscriber);
            return subscriber;
        });
        HttpResponse<byte[]> response = await(future, lastProgress, body, hop.uri());
        return new HopResponse(hop.uri(), response.statusCode(), response.headers(), response.body());
    }

    private HttpRequest build(HopRequest hop) throws FetchException {
        try {
            HttpRequest.Builder builder =
                    HttpRequest.newBuilder(hop.uri()).GET().timeout(readTimeout);
            hop.headers().forEach(builder::header);
            return builder.build();
        } catch (IllegalArgumentException e) {
            // the client's message may quote a header value: name only the URL and the header names
            throw new FetchException(
                    FetchError.KWT_1013_INVALID_REQUEST,
                    "cannot send GET " + SafeUrl.of(hop.uri()) + ": the URL or one of the headers "
                            + hop.headers().keySet() + " is not allowed");
        }
    }

    private HttpResponse<byte[]> await(
            CompletableFuture<HttpResponse<byte[]>> future,
            AtomicLong lastProgress,
            AtomicReference<CappedBodySubscriber> body,
            URI uri)
            throws FetchException {
        long idle = readTimeout.toNanos();
        while (true) {
            long wait = lastProgress.get() + idle - System.nanoTime();
            if (wait <= 0) {
                abort(future, body);
                throw new FetchException(
                        FetchError.KWT_1001_TIMEOUT,
                        "no progress from " + SafeUrl.of(uri) + " for " + readTimeout.toMillis() + " ms");
            }
            try {
                return future.get(wait, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // not necessarily idle: a buffer may have arrived meanwhile; the loop checks lastProgress again
                continue;
            } catch (InterruptedException e) {
                abort(future, body);
                Thread.currentThread().interrupt();
                throw new FetchException(
                        FetchError.KWT_1015_INTERRUPTED, "interrupted while fetching " + SafeUrl.of(uri));
            } catch (ExecutionException e) {
                throw classify(e.getCause(), uri);
            }
        }
    }

    private static void abort(CompletableFuture<?> future, AtomicReference<CappedBodySubscriber> body) {
        CappedBodySubscriber subscriber = body.get();
        if (subscriber != null) {
            subscriber.cancel();
        }
        future.cancel(true);
    }

    private FetchException classify(Throwable failure, URI uri) {
        String where = SafeUrl.of(uri);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return new FetchException(FetchError.KWT_1006_TOO_LARGE, where + ": " + t.getMessage());
            }
            if (t instanceof HttpTimeoutException) {
                return new FetchException(FetchError.KWT_1001_TIMEOUT, where + ": " + describe(t));
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return new FetchException(FetchError.KWT_1011_UNKNOWN_HOST, where + ": " + describe(t));
            }
        }
        String kind = failure instanceof IOException ? "I/O error" : "unexpected failure";
        return new FetchException(FetchError.KWT_1002_IO, kind + " fetching " + where + ": " + describe(failure));
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null
                ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static long contentLength(HttpResponse.ResponseInfo info) {
        try {
            return info.headers().firstValueAsLong("Content-Length").orElse(-1L);
        } catch (NumberFormatException malformed) {
            // a malformed length announces nothing; the running count still enforces the cap
            return -1L;
        }
    }
}
