package io.kawat.devstack.internal;

import io.kawat.devstack.ChildProcess;
import io.kawat.devstack.StackStartException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a component to become ready, failing with its log tail when it dies or times out. */
public final class Readiness {
    private Readiness() {}

    public static void await(String component, ChildProcess process, Duration timeout, BooleanSupplier ready) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new StackStartException(component + " exited during start-up; last lines of " + process.logFile()
                        + ":\n" + process.logTail(25));
            }
            if (ready.getAsBoolean()) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        throw new StackStartException(component + " was not ready within " + timeout.toSeconds() + " s; last lines of "
                + process.logFile() + ":\n" + process.logTail(25));
    }
}
