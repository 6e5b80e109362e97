package io.kawat.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kawat.platform.http.AdminServer;
import io.kawat.platform.http.Metrics;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    @Test
    void shouldMergeTheAdminPathsIntoAServicesDocument() {
        OpenApiDocument doc = OpenApiDocument.forService("probe-documented");

        assertThat(doc.operations())
                .containsExactlyInAnyOrder(
                        "GET /health", "GET /ready", "GET /metrics", "GET /openapi.json", "GET /api/things/{id}");
        assertThat(doc.json().path("components").path("schemas").has("Readiness"))
                .isTrue();
    }

    @Test
    void shouldReportRoutesTheDocumentLacksAndOperationsWithoutARoute() {
        OpenApiDocument doc = OpenApiDocument.forService("probe-documented");

        assertThat(doc.mismatches(Set.of(
                        "GET /health", "GET /ready", "GET /metrics", "GET /openapi.json", "GET /api/things/<id>")))
                .as("Javalin's <param> form is the same path")
                .isEmpty();
        assertThat(doc.mismatches(Set.of(
                        "GET /health", "GET /ready", "GET /metrics", "GET /openapi.json", "POST /api/things/{id}")))
                .containsExactly(
                        "route not in the OpenAPI document: POST /api/things/{id}",
                        "documented operation without a route: GET /api/things/{id}");
    }

    @Test
    void shouldRefuseToStartAServerWithAnUndocumentedRoute() {
        AdminServer server = new AdminServer("probe", "127.0.0.1", 0, Metrics.forService("probe"), () -> true);
        server.app().get("/api/secret", ctx -> ctx.result("undocumented"));

        try (server) {
            assertThatThrownBy(server::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("route not in the OpenAPI document: GET /api/secret");
        }
    }

    @Test
    void shouldRefuseToStartAServerMissingADocumentedRoute() {
        AdminServer server =
                new AdminServer("probe-documented", "127.0.0.1", 0, Metrics.forService("probe"), () -> true);

        try (server) {
            assertThatThrownBy(server::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("documented operation without a route: GET /api/things/{id}");
        }
    }
}
