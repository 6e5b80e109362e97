package io.kawat.ingest.internal.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Collects a body into memory, one buffer list at a time, and cancels the subscription (closing the connection)
 * as soon as the bytes received pass the cap, or at once when the announced Content-Length does. Every buffer
 * received moves {@code lastProgress} (System.nanoTime) on, which the transport's idle timeout watches.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final long cap;
    private final long announcedLength;
    private final AtomicLong lastProgress;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private long received;

    CappedBodySubscriber(long cap, long announcedLength, AtomicLong lastProgress) {
        this.cap = cap;
        this.announcedLength = announcedLength;
        this.lastProgress = lastProgress;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        if (!subscription.compareAndSet(null, s)) {
            s.cancel();
            return;
        }
        if (announcedLength > cap) {
            fail(new BodyTooLargeException("the server announces a body of " + announcedLength
                    + " bytes, over the cap of " + cap + " bytes; not read"));
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        lastProgress.set(System.nanoTime());
        for (ByteBuffer item : items) {
            received += item.remaining();
            if (received > cap) {
                fail(new BodyTooLargeException(
                        "the body is over the cap of " + cap + " bytes; stopped reading after " + received + " bytes"));
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            buffer.write(chunk, 0, chunk.length);
        }
        subscription.get().request(1);
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    /** Stops reading, e.g. on a timeout. */
    void cancel() {
        Flow.Subscription s = subscription.get();
        if (s != null) {
            s.cancel();
        }
    }

    private void fail(BodyTooLargeException e) {
        cancel();
        result.completeExceptionally(e);
    }
}
