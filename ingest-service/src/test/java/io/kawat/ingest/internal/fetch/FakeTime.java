package io.kawat.ingest.internal.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that stands still except when the fetcher sleeps: sleeps are recorded and move the clock on at once. */
final class FakeTime extends Clock implements Sleeper {
    static final Instant START = Instant.parse("2025-03-01T08:00:00Z");

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private volatile Instant now = START;

    @Override
    public void sleep(Duration d) {
        sleeps.add(d);
        now = now.plus(d);
    }

    List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
