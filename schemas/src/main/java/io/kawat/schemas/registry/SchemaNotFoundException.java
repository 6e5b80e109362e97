package io.kawat.schemas.registry;

/** No schema with this id, or the schema is not registered under the subject (error code 40403). */
public class SchemaNotFoundException extends SchemaRegistryException {
    public static final int ERROR_CODE = 40403;

    public SchemaNotFoundException(String message, int httpStatus) {
        super(message, ERROR_CODE, httpStatus);
    }
}
