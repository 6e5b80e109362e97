package io.kawat.ingest.internal.fetch;

import java.util.random.RandomGenerator;

/** A "random" generator whose nextDouble() is always the same fraction, so jittered waits are predictable. */
final class FixedRandom implements RandomGenerator {
    private final double fraction;

    FixedRandom(double fraction) {
        this.fraction = fraction;
    }

    @Override
    public long nextLong() {
        return (long) (fraction * Long.MAX_VALUE);
    }

    @Override
    public double nextDouble() {
        return fraction;
    }
}
