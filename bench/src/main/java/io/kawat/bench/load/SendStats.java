package io.kawat.bench.load;

import java.util.concurrent.atomic.AtomicLong;

/** What the driver has sent so far. Thread-safe. */
final class SendStats {

    final AtomicLong documents = new AtomicLong();
    final AtomicLong versions = new AtomicLong();
    final AtomicLong accepted = new AtomicLong();
    final AtomicLong unchanged = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();
    final AtomicLong firstSendAt = new AtomicLong();
    final AtomicLong lastSendAt = new AtomicLong();

    /** Marks the start of a send. */
    void sending() {
        firstSendAt.compareAndSet(0, System.currentTimeMillis());
    }

    /** Records one document's outcome. */
    void sent(int items, int acceptedItems, int unchangedItems, int rejectedItems, int size) {
        documents.incrementAndGet();
        versions.addAndGet(items);
        accepted.addAndGet(acceptedItems);
        unchanged.addAndGet(unchangedItems);
        rejected.addAndGet(rejectedItems);
        bytes.addAndGet(size);
        lastSendAt.set(System.currentTimeMillis());
    }
}
