package io.kawat.schemas.registry;

/** The subject does not exist (error code 40401). */
public class SubjectNotFoundException extends SchemaRegistryException {
    public static final int ERROR_CODE = 40401;

    public SubjectNotFoundException(String message, int httpStatus) {
        super(message, ERROR_CODE, httpStatus);
    }
}
