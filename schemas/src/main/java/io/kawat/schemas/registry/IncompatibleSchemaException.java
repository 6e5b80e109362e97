package io.kawat.schemas.registry;

/**
 * The schema breaks the subject's compatibility rule and was not registered (HTTP 409; error code {@code 409} from
 * Confluent and Apicurio, {@code 40901} from some other registries).
 */
public class IncompatibleSchemaException extends SchemaRegistryException {
    public IncompatibleSchemaException(String message, int errorCode, int httpStatus) {
        super(message, errorCode, httpStatus);
    }
}
