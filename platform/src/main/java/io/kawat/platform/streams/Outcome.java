package io.kawat.platform.streams;

/**
 * The result of decoding or processing one record: a value, or the raw bytes that failed and why.
 * Lives only inside a topology (between a step and {@link DeadLetters#routeFailures}); never serialized.
 */
public record Outcome<V>(V value, byte[] raw, Throwable error) {
    public static <V> Outcome<V> ok(V value) {
        return new Outcome<>(value, null, null);
    }

    public static <V> Outcome<V> failed(byte[] raw, Throwable error) {
        return new Outcome<>(null, raw == null ? new byte[0] : raw, error);
    }

    public boolean failed() {
        return error != null;
    }
}
