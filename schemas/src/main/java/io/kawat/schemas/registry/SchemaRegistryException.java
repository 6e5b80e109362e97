package io.kawat.schemas.registry;

/**
 * A schema registry request failed. Carries the registry's {@code error_code} and the HTTP status, so callers can
 * tell "not found" from "incompatible" from "registry down" without parsing messages.
 *
 * <p>{@link #errorCode()} is the Confluent error code from the response body ({@code 40401}, {@code 42201}, ...),
 * the HTTP status when the body had none, and {@link #NO_RESPONSE} when no response arrived at all (timeout,
 * connection refused, retries exhausted). {@link #httpStatus()} is {@link #NO_RESPONSE} in that case too.
 */
public class SchemaRegistryException extends RuntimeException {
    /** Error code and status of a request that got no HTTP response. */
    public static final int NO_RESPONSE = -1;

    private final int errorCode;
    private final int httpStatus;

    public SchemaRegistryException(String message, int errorCode, int httpStatus) {
        this(message, errorCode, httpStatus, null);
    }

    public SchemaRegistryException(String message, int errorCode, int httpStatus, Throwable cause) {
        super(message + " (error code " + errorCode + ", HTTP " + httpStatus + ")", cause);
        this.errorCode = errorCode;
        this.httpStatus = httpStatus;
    }

    /** The registry's {@code error_code}, or the HTTP status when the body had none, or {@link #NO_RESPONSE}. */
    public int errorCode() {
        return errorCode;
    }

    /** The HTTP status of the response, or {@link #NO_RESPONSE}. */
    public int httpStatus() {
        return httpStatus;
    }

    /** True for failures worth trying again later: no response, or a 5xx. */
    public boolean isRetriable() {
        return httpStatus == NO_RESPONSE || httpStatus >= 500;
    }
}
