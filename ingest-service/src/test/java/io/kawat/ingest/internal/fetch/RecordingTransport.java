package io.kawat.ingest.internal.fetch;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fetcher's last step wrapped to record every URL that reached it, i.e. every request that would open a
 * connection. Only requests to 127.0.0.1 go to the real transport; any other is recorded and answered 200 without
 * network, so that a broken guard fails a test instead of reaching a real private address.
 */
final class RecordingTransport implements FetchStep {
    private final FetchStep delegate;
    private final List<URI> attempted = new CopyOnWriteArrayList<>();

    private RecordingTransport(FetchStep delegate) {
        this.delegate = delegate;
    }

    static RecordingTransport around(FetchPolicy policy) {
        HttpTransport real = new HttpTransport(policy);
        return new RecordingTransport(
                chain -> "127.0.0.1".equals(chain.request().uri().getHost()) ? real.intercept(chain) : answerOk(chain));
    }

    /** Answers every request with 200 "ok", touching no network. */
    static RecordingTransport offline() {
        return new RecordingTransport(RecordingTransport::answerOk);
    }

    private static HopResponse answerOk(Chain chain) {
        return new HopResponse(
                chain.request().uri(),
                200,
                HttpHeaders.of(Map.of(), (name, value) -> true),
                "ok".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public HopResponse intercept(Chain chain) throws FetchException {
        attempted.add(chain.request().uri());
        return delegate.intercept(chain);
    }

    List<URI> attempted() {
        return List.copyOf(attempted);
    }
}
