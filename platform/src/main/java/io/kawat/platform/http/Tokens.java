package io.kawat.platform.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Bearer-token checks for write operations: constant-time, and an empty configured token refuses everything. */
public final class Tokens {
    private Tokens() {}

    /** True when {@code authorization} is {@code Bearer <expected>} and {@code expected} is not empty. */
    public static boolean bearerMatches(String authorization, String expected) {
        if (expected == null || expected.isEmpty() || authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = authorization.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8));
    }
}
