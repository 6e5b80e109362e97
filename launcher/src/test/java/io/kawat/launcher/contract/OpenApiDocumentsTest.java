package io.kawat.launcher.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kawat.platform.contract.OpenApiDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every service's OpenAPI document is valid OpenAPI 3.1, and the checks used on real answers can fail. */
class OpenApiDocumentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"publish", "ingest", "console", "enrich", "translate"})
    void shouldBeValidOpenApi31(String service) {
        assertThat(OpenApiContract.of(service).documentErrors()).isEmpty();
    }

    @Test
    void shouldRejectADocumentBrokenOnPurpose() {
        ObjectNode broken =
                (ObjectNode) OpenApiDocument.forService("publish").json().deepCopy();
        broken.remove("info");
        broken.with("paths").putObject("no-leading-slash");

        assertThat(new OpenApiContract(broken).documentErrors()).hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void shouldTellADocumentedAnswerFromAnUndocumentedOne() {
        OpenApiContract publish = OpenApiContract.of("publish");

        assertThat(publish.answerErrors(
                        "GET",
                        "/api/articles/x",
                        404,
                        "application/json",
                        "{\"status\":404,\"code\":\"KWT-4001\",\"error\":\"no article x\"}"))
                .isEmpty();
        assertThat(publish.answerErrors(
                        "GET", "/api/articles/x", 404, "application/json", "{\"status\":404,\"error\":\"no code\"}"))
                .singleElement()
                .asString()
                .contains("code");
        assertThat(publish.answerErrors("GET", "/api/articles/x", 418, "application/json", "{}"))
                .singleElement()
                .asString()
                .contains("418, which is not documented");
        assertThat(publish.answerErrors("GET", "/api/unknown/a/b/c", 200, "application/json", "{}"))
                .singleElement()
                .asString()
                .contains("no documented path");
    }
}
