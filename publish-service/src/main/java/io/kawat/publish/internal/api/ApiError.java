package io.kawat.publish.internal.api;

import io.javalin.http.Context;
import java.util.Map;

/**
 * Publish's error answers: {@code {"status": ..., "code": "KWT-40xx", "error": "..."}}, the codes listed in the
 * publish OpenAPI document.
 */
enum ApiError {
    NOT_FOUND(404, "KWT-4001"),
    BAD_BODY(400, "KWT-4002"),
    UNAUTHORIZED(401, "KWT-4003"),
    CONFLICT(409, "KWT-4004"),
    NOT_READY(503, "KWT-4005"),
    BAD_PARAMETER(400, "KWT-4006"),
    UNKNOWN_FEED_FORMAT(404, "KWT-4007");

    final int status;
    final String code;

    ApiError(int status, String code) {
        this.status = status;
        this.code = code;
    }

    void send(Context ctx, String message) {
        ctx.status(status).json(Map.of("status", status, "code", code, "error", message));
    }

    /** A query parameter that could not be read; the message is safe to return. */
    static final class BadParameterException extends RuntimeException {
        BadParameterException(String message) {
            super(message);
        }
    }
}
