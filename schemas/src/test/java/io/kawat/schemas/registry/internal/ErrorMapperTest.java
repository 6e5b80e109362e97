package io.kawat.schemas.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.schemas.registry.SchemaRegistryException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMapperTest {
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            404 | {"error_code":40401,"message":"Subject not found"}         | SubjectNotFoundException    | 40401
            404 | {"error_code":40402,"message":"Version not found"}         | VersionNotFoundException    | 40402
            404 | {"error_code":40403,"message":"Schema not found"}          | SchemaNotFoundException     | 40403
            409 | {"error_code":409,"message":"Incompatible"}                | IncompatibleSchemaException | 409
            409 | {"error_code":40901,"message":"Incompatible"}              | IncompatibleSchemaException | 40901
            409 | 'conflict'                                                 | IncompatibleSchemaException | 409
            422 | {"error_code":42201,"message":"Invalid schema"}            | InvalidSchemaException      | 42201
            409 | {"error_code":40405,"message":"must be soft deleted first"}| SchemaRegistryException     | 40405
            400 | 'Not able to deserialize data provided.'                   | SchemaRegistryException     | 400
            404 | {"error_code":0,"message":"RESTEASY003210"}                | SchemaRegistryException     | 404
            """)
    void shouldMapTheErrorCodeToATypedExceptionWhenTheRegistryRefuses(int status, String body, String type, int code) {
        SchemaRegistryException e = ErrorMapper.toException("GET /x", status, body, json);

        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.errorCode()).isEqualTo(code);
        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.getMessage()).startsWith("GET /x: ");
    }
}
