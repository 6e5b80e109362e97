package io.kawat.testkit;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.util.Arrays;
import java.util.Locale;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Kafka and a schema registry on Testcontainers: by default the production images, {@code apache/kafka} (KRaft) and
 * {@code confluentinc/cp-schema-registry}, on a private network. {@code KAWAT_TEST_KAFKA_IMAGE} and
 * {@code KAWAT_TEST_REGISTRY_IMAGE} name other images, such as the ones {@code containers/build-images} builds where no
 * image registry can be reached; a registry image whose name contains {@code apicurio} is Apicurio Registry, spoken to
 * through its Confluent-compatible API ({@code /apis/ccompat/v7}).
 *
 * <p>Ports are published on 127.0.0.1 only. The stack is stopped by {@link #close()} (the test run), so it works with
 * Ryuk disabled ({@code TESTCONTAINERS_RYUK_DISABLED=true}, as on podman here).
 */
final class ContainerStack implements AutoCloseable {
    private static final int REGISTRY_PORT = 8081;
    private static final String APICURIO_CONFLUENT_API = "/apis/ccompat/v7";

    private final Network network = Network.newNetwork();
    private final KafkaContainer kafka;
    private final GenericContainer<?> registry;
    private final String registryPath;

    private ContainerStack() {
        kafka = new KafkaContainer(DockerImageName.parse(image("KAWAT_TEST_KAFKA_IMAGE", "apache/kafka:4.1.1"))
                        .asCompatibleSubstituteFor("apache/kafka"))
                .withNetwork(network)
                .withNetworkAliases("kafka")
                .withListener("kafka:19092")
                .withCreateContainerCmdModifier(ContainerStack::publishOnLoopbackOnly);
        String registryImage = image("KAWAT_TEST_REGISTRY_IMAGE", "confluentinc/cp-schema-registry:7.7.1");
        registryPath = registryImage.toLowerCase(Locale.ROOT).contains("apicurio") ? APICURIO_CONFLUENT_API : "";
        // both images take the listener from SCHEMA_REGISTRY_LISTENERS; Apicurio keeps its schemas itself
        registry = new GenericContainer<>(DockerImageName.parse(registryImage))
                .withNetwork(network)
                .withExposedPorts(REGISTRY_PORT)
                .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
                .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:" + REGISTRY_PORT)
                .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:19092")
                .withCreateContainerCmdModifier(ContainerStack::publishOnLoopbackOnly)
                .waitingFor(Wait.forHttp(registryPath + "/subjects").forStatusCode(200));
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
        return "http://" + registry.getHost() + ":" + registry.getMappedPort(REGISTRY_PORT) + registryPath;
    }

    /** The images this stack runs, for the log. */
    String images() {
        return kafka.getDockerImageName() + " and " + registry.getDockerImageName();
    }

    @Override
    public void close() {
        registry.stop();
        kafka.stop();
        network.close();
    }

    /**
     * Testcontainers publishes every exposed port on all interfaces; bind them to 127.0.0.1 instead (a random host
     * port each), so that tests reach containers through loopback only.
     */
    private static void publishOnLoopbackOnly(CreateContainerCmd command) {
        ExposedPort[] exposed = command.getExposedPorts();
        PortBinding[] bindings = Arrays.stream(exposed == null ? new ExposedPort[0] : exposed)
                .map(port -> new PortBinding(Ports.Binding.bindIp("127.0.0.1"), port))
                .toArray(PortBinding[]::new);
        command.getHostConfig().withPublishAllPorts(false).withPortBindings(bindings);
    }

    private static String image(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
