package io.kawat.testkit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The production images on Testcontainers: {@code apache/kafka} (KRaft) and {@code confluentinc/cp-schema-registry}
 * on a private network, ports published for the tests. Images can be overridden with {@code KAWAT_TEST_KAFKA_IMAGE}
 * and {@code KAWAT_TEST_REGISTRY_IMAGE} (e.g. locally built ones where no registry can be reached).
 */
final class ContainerStack implements AutoCloseable {
    private final Network network = Network.newNetwork();
    private final KafkaContainer kafka;
    private final GenericContainer<?> registry;

    private ContainerStack() {
        kafka = new KafkaContainer(DockerImageName.parse(image("KAWAT_TEST_KAFKA_IMAGE", "apache/kafka:4.1.1"))
                .asCompatibleSubstituteFor("apache/kafka"))
                .withNetwork(network).withNetworkAliases("kafka").withListener("kafka:19092");
        registry = new GenericContainer<>(DockerImageName.parse(image("KAWAT_TEST_REGISTRY_IMAGE",
                "confluentinc/cp-schema-registry:7.7.1")))
                .withNetwork(network).withExposedPorts(8081)
                .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
                .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
                .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:19092")
                .waitingFor(Wait.forHttp("/subjects").forStatusCode(200));
    }

    /** True when a Docker API answers (Docker, or podman serving it) and containers are not switched off. */
    static boolean available() {
        if ("devstack".equals(System.getenv("KAWAT_TEST_STACK"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static ContainerStack start() {
        ContainerStack stack = new ContainerStack();
        try {
            stack.kafka.start();
            stack.registry.start();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    String registryUrl() {
        return "http://" + registry.getHost() + ":" + registry.getMappedPort(8081);
    }

    @Override
    public void close() {
        registry.stop();
        kafka.stop();
        network.close();
    }

    private static String image(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
