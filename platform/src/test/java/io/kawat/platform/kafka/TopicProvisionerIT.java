package io.kawat.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.Topic;
import io.kawat.schemas.TopicSpec;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KawatStackExtension.class)
class TopicProvisionerIT {

    @Test
    void shouldCreateMissingTopicsWithTheirSpecAndBeIdempotent(KawatStack stack) throws Exception {
        String compacted = stack.uniqueName("status");
        String plain = stack.uniqueName("stories");
        List<Topic<?, ?>> topics = List.of(
                new Topic<>(compacted, Serdes.String(), Serdes.String(), new TopicSpec(2, true, null)),
                new Topic<>(plain, Serdes.String(), Serdes.String(), new TopicSpec(3, false, Duration.ofDays(7))));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            TopicProvisioner provisioner = new TopicProvisioner(admin, (short) 1);

            provisioner.ensure(topics, Duration.ofSeconds(30));
            provisioner.ensure(topics, Duration.ofSeconds(30));

            var descriptions = admin.describeTopics(List.of(compacted, plain))
                    .allTopicNames()
                    .get();
            assertThat(descriptions.get(compacted).partitions())
                    .hasSize(2)
                    .allSatisfy(p -> assertThat(p.leader()).isNotNull());
            assertThat(descriptions.get(plain).partitions()).hasSize(3);
            Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(
                            new ConfigResource(ConfigResource.Type.TOPIC, compacted),
                            new ConfigResource(ConfigResource.Type.TOPIC, plain)))
                    .all()
                    .get();
            assertThat(configs.get(new ConfigResource(ConfigResource.Type.TOPIC, compacted))
                            .get("cleanup.policy")
                            .value())
                    .isEqualTo("compact");
            assertThat(configs.get(new ConfigResource(ConfigResource.Type.TOPIC, plain))
                            .get("retention.ms")
                            .value())
                    .isEqualTo(String.valueOf(Duration.ofDays(7).toMillis()));
        }
    }
}
