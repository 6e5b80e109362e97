package io.kawat.schemas.registry;

/** The registry rejected the schema as invalid, or a schema it returned could not be parsed (error code 42201). */
public class InvalidSchemaException extends SchemaRegistryException {
    public static final int ERROR_CODE = 42201;

    public InvalidSchemaException(String message, int httpStatus) {
        super(message, ERROR_CODE, httpStatus);
    }

    public InvalidSchemaException(String message, int httpStatus, Throwable cause) {
        super(message, ERROR_CODE, httpStatus, cause);
    }
}
