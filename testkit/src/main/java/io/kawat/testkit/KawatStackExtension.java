package io.kawat.testkit;

import io.kawat.devstack.DevStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one JUnit 5 extension that gives integration tests a broker and a schema registry for the whole run.
 *
 * <p>The stack is started once per test JVM and stopped when the run ends. It is, in this order: the external stack
 * named by {@code KAWAT_TEST_BOOTSTRAP_SERVERS} and {@code KAWAT_TEST_REGISTRY_URL} when both are set; Kafka and a
 * registry on Testcontainers when a Docker API answers (unless {@code KAWAT_TEST_STACK=devstack}; the production
 * images, or local ones named by {@code KAWAT_TEST_KAFKA_IMAGE} and {@code KAWAT_TEST_REGISTRY_IMAGE}, see
 * {@link ContainerStack}); otherwise Kawat's dev stack (a KRaft broker and Apicurio Registry as child processes, data
 * under {@code target/kawat-stack}).
 * Tests declare a {@link KawatStack} parameter and take unique names from it.
 */
public final class KawatStackExtension implements ParameterResolver {
    private static final Logger log = LoggerFactory.getLogger(KawatStackExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(KawatStackExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KawatStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent("stack", key -> startStack(), RunningStack.class);
    }

    private static RunningStack startStack() {
        String bootstrap = System.getenv("KAWAT_TEST_BOOTSTRAP_SERVERS");
        String registry = System.getenv("KAWAT_TEST_REGISTRY_URL");
        if (bootstrap != null && registry != null) {
            log.info("Tests use the external stack: Kafka {}, registry {}", bootstrap, registry);
            return new RunningStack(bootstrap, registry, "external", null);
        }
        if (ContainerStack.available()) {
            ContainerStack containers = ContainerStack.start();
            log.info(
                    "Tests use Testcontainers ({}): Kafka {}, registry {}",
                    containers.images(),
                    containers.bootstrapServers(),
                    containers.registryUrl());
            return new RunningStack(
                    containers.bootstrapServers(), containers.registryUrl(), "testcontainers", containers);
        }
        log.info(
                "No Docker API answers: tests use the dev stack (child processes); the Testcontainers path is skipped");
        Path dir = Path.of("target", "kawat-stack").toAbsolutePath();
        try {
            Files.createDirectories(dir);
            Path runDir = Files.createTempDirectory(dir, "run-");
            DevStack stack = DevStack.start(DevStack.Settings.ephemeral(runDir, dir.resolve("cache")));
            log.info("Tests use the dev stack: Kafka {}, registry {}", stack.bootstrapServers(), stack.registryUrl());
            return new RunningStack(stack.bootstrapServers(), stack.registryUrl(), "dev-stack", stack);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A started stack, closed by JUnit when the run ends. */
    static final class RunningStack implements KawatStack, AutoCloseable {
        private final String bootstrapServers;
        private final String registryUrl;
        private final String kind;
        private final AutoCloseable resources;

        RunningStack(String bootstrapServers, String registryUrl, String kind, AutoCloseable resources) {
            this.bootstrapServers = bootstrapServers;
            this.registryUrl = registryUrl;
            this.kind = kind;
            this.resources = resources;
        }

        @Override
        public String bootstrapServers() {
            return bootstrapServers;
        }

        @Override
        public String registryUrl() {
            return registryUrl;
        }

        @Override
        public String kind() {
            return kind;
        }

        /** The dev stack behind this, for fault-injection tests; null for other stacks. */
        public DevStack devStack() {
            return resources instanceof DevStack stack ? stack : null;
        }

        @Override
        public void close() throws Exception {
            if (resources != null) {
                resources.close();
            }
        }
    }
}
