package io.kawat.console.internal;

import io.kawat.platform.http.Tokens;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Operator sign-in: a name and the operator token ({@code security.operator-token}) open a session whose random id
 * lives in an HttpOnly cookie; the token itself stays on the server and is compared in constant time. An empty
 * configured token refuses every sign-in, so the console is read-only. Sessions expire after {@code ttl}.
 */
final class Sessions {
    /** The cookie holding the session id. */
    static final String COOKIE = "kawat_console_session";

    private static final String NAME = "[A-Za-z0-9._@-]{1,64}";

    private final String operatorToken;
    private final Duration ttl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    private record Session(String operator, Instant expires) {}

    /** Why a sign-in was refused, safe to show (it never contains the token). */
    static final class RefusedException extends Exception {
        RefusedException(String message) {
            super(message);
        }
    }

    Sessions(String operatorToken, Duration ttl, Clock clock) {
        this.operatorToken = operatorToken == null ? "" : operatorToken;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** True when operators can sign in at all (a token is configured). */
    boolean enabled() {
        return !operatorToken.isEmpty();
    }

    /** A name operators may use: what the audit log and the publish API accept. */
    static boolean validName(String name) {
        return name != null && name.matches(NAME);
    }

    /** Opens a session and returns its id. */
    String signIn(String operator, String token) throws RefusedException {
        if (!enabled()) {
            throw new RefusedException(
                    "Sign-in is disabled: security.operator-token is not set, the console is read-only");
        }
        if (!validName(operator)) {
            throw new RefusedException("Your name must be 1 to 64 letters, digits, '.', '_', '@' or '-'");
        }
        if (token == null || !Tokens.bearerMatches("Bearer " + token, operatorToken)) {
            throw new RefusedException("Wrong operator token");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        sessions.put(id, new Session(operator, clock.instant().plus(ttl)));
        sessions.values().removeIf(s -> s.expires().isBefore(clock.instant()));
        return id;
    }

    /** The operator of a live session, if {@code sessionId} names one. */
    Optional<String> operator(String sessionId) {
        if (sessionId == null) {
            return Optional.empty();
        }
        Session session = sessions.get(sessionId);
        if (session == null || session.expires().isBefore(clock.instant())) {
            sessions.remove(sessionId);
            return Optional.empty();
        }
        return Optional.of(session.operator());
    }

    void signOut(String sessionId) {
        if (sessionId != null) {
            sessions.remove(sessionId);
        }
    }

    int cookieMaxAgeSeconds() {
        return (int) Math.min(Integer.MAX_VALUE, ttl.getSeconds());
    }
}
