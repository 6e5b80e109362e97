package io.kawat.devstack;

/** A dev-stack component could not start; the message names what failed and what to do about it. */
public final class StackStartException extends RuntimeException {
    public StackStartException(String message) {
        super(message);
    }

    public StackStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
