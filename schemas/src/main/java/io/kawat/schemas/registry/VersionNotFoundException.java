package io.kawat.schemas.registry;

/** The subject has no such version (error code 40402). */
public class VersionNotFoundException extends SchemaRegistryException {
    public static final int ERROR_CODE = 40402;

    public VersionNotFoundException(String message, int httpStatus) {
        super(message, ERROR_CODE, httpStatus);
    }
}
