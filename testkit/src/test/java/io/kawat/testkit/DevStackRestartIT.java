package io.kawat.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.devstack.DevStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev stack keeps topics and schema ids across a restart, and stops its processes when closed. */
class DevStackRestartIT {
    private static final String SCHEMA = "{\"schema\": \"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Probe\\\","
            + "\\\"fields\\\":[{\\\"name\\\":\\\"a\\\",\\\"type\\\":\\\"string\\\"}]}\"}";

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepTopicsAndSchemaIdsWhenRestarted() throws Exception {
        DevStack.Settings settings = DevStack.Settings.ephemeral(
                dataDir, Path.of("target", "kawat-stack", "cache").toAbsolutePath());
        String id;
        long kafkaPid;
        try (DevStack stack = DevStack.start(settings)) {
            try (Admin admin = admin(stack)) {
                admin.createTopics(List.of(new NewTopic("restart-probe", 1, (short) 1)))
                        .all()
                        .get();
            }
            id = register(stack.registryUrl());
            kafkaPid = stack.kafka().pid();
            assertThat(ProcessHandle.of(kafkaPid).map(ProcessHandle::isAlive)).contains(true);
        }
        assertThat(ProcessHandle.of(kafkaPid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));

        try (DevStack stack = DevStack.start(settings)) {
            try (Admin admin = admin(stack)) {
                Set<String> topics = admin.listTopics().names().get();
                assertThat(topics).contains("restart-probe");
            }
            HttpResponse<String> byId = http(stack.registryUrl() + "/schemas/ids/" + id, null);
            assertThat(byId.statusCode()).isEqualTo(200);
            assertThat(byId.body()).contains("Probe");
            assertThat(register(stack.registryUrl())).isEqualTo(id);
        }
    }

    private static Admin admin(DevStack stack) {
        Properties props = new Properties();
        props.putAll(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()));
        return Admin.create(props);
    }

    private static String register(String registryUrl) throws Exception {
        HttpResponse<String> response = http(registryUrl + "/subjects/probe-value/versions", SCHEMA);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().replaceAll("[^0-9]", "");
    }

    private static HttpResponse<String> http(String url, String postBody) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json");
        request = postBody == null ? request.GET() : request.POST(HttpRequest.BodyPublishers.ofString(postBody));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
