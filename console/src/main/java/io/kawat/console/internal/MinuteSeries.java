package io.kawat.console.internal;

import java.time.Instant;

/**
 * A value per minute over the last {@code minutes} minutes, in a ring: what a live chart draws. {@link #add} sums
 * into a minute (messages per minute), {@link #set} keeps the minute's latest value (lag). Minutes without a value
 * read as 0. Memory is fixed: two longs per minute. Thread-safe.
 */
final class MinuteSeries {
    private final long[] minuteOf;
    private final double[] values;

    MinuteSeries(int minutes) {
        if (minutes < 1) {
            throw new IllegalArgumentException("minutes must be at least 1: " + minutes);
        }
        minuteOf = new long[minutes];
        values = new double[minutes];
        java.util.Arrays.fill(minuteOf, Long.MIN_VALUE);
    }

    /** Adds {@code amount} to the minute of {@code at}; ignored when that minute has left the window. */
    synchronized void add(Instant at, double amount) {
        slot(at);
        int i = index(minute(at));
        if (minuteOf[i] == minute(at)) {
            values[i] += amount;
        }
    }

    /** Sets the minute of {@code at} to {@code value} (the latest sample wins). */
    synchronized void set(Instant at, double value) {
        slot(at);
        int i = index(minute(at));
        if (minuteOf[i] == minute(at)) {
            values[i] = value;
        }
    }

    /** The values of the last {@code minutes} minutes up to and including the minute of {@code now}, oldest first. */
    synchronized double[] values(Instant now) {
        long last = minute(now);
        double[] out = new double[minuteOf.length];
        for (int k = 0; k < out.length; k++) {
            long m = last - out.length + 1 + k;
            int i = index(m);
            out[k] = minuteOf[i] == m ? values[i] : 0;
        }
        return out;
    }

    /** Claims the slot of {@code at}'s minute unless it holds a newer minute (a late sample never wipes newer data). */
    private void slot(Instant at) {
        long m = minute(at);
        int i = index(m);
        if (minuteOf[i] < m) {
            minuteOf[i] = m;
            values[i] = 0;
        }
    }

    private int index(long minute) {
        return (int) Math.floorMod(minute, (long) minuteOf.length);
    }

    private static long minute(Instant at) {
        return Math.floorDiv(at.toEpochMilli(), 60_000L);
    }
}
