package io.kawat.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture house rules over Kawat's own classes: the main classes of every module (from this module's test
 * class path) and the test classes of every module (from each module's {@code target/test-classes}, which the
 * reactor has compiled before this module, since it depends on them all).
 */
class ArchitectureTest {

    /**
     * The one exception to rule (a): the JMH micro-benchmarks time one internal component each (the MinHash
     * signature, the matcher, the composer, the sanitizer...) in isolation, which is what they are for. Everything
     * else in the bench (load driver, generator, reports) uses the services' api packages.
     */
    static final String JMH_BENCHMARKS = "io.kawat.bench.jmh..";

    /**
     * The second exception: the training module builds and scores the models that enrich ships (its name finder,
     * its topic classifier) with enrich's own analyzers and model formats, so that training and serving cannot
     * drift apart. It is a build tool run by a documented command, not part of a running service.
     */
    static final String TRAINING = "io.kawat.training..";

    private static JavaClasses main;
    private static JavaClasses tests;

    @BeforeAll
    static void importClasses() throws IOException {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.kawat");
        tests = new ClassFileImporter().importPaths(testClassDirectories());
    }

    /** Every module's compiled tests; a module with test sources but no compiled tests fails (build with -am). */
    static List<Path> testClassDirectories() throws IOException {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        assertThat(root.resolve("architecture/pom.xml"))
                .as("run from the architecture module")
                .exists();
        List<Path> out = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.sorted().toList()) {
                if (module.endsWith("architecture") || !Files.isDirectory(module.resolve("src/test/java"))) {
                    continue;
                }
                Path classes = module.resolve("target/test-classes");
                assertThat(classes)
                        .as("compiled tests of %s (build the modules with -am, tests not skipped at compile)", module)
                        .isDirectory();
                out.add(classes);
            }
        }
        return out;
    }

    @Test
    void shouldHaveImportedEveryModule() {
        assertThat(main.stream().map(c -> HouseRules.module("io.kawat", c.getPackageName())))
                .contains("schemas", "platform", "translate", "devstack", "testkit", "ingest", "enrich", "publish")
                .contains("console", "launcher", "bench", "training");
        assertThat(tests.stream().map(c -> HouseRules.module("io.kawat", c.getPackageName())))
                .contains("ingest", "enrich", "publish", "reliability", "console", "launcher");
    }

    @Test
    void mainCodeShouldNotUseAnotherModulesInternals() {
        HouseRules.noOtherModulesInternals("io.kawat", JMH_BENCHMARKS, TRAINING).check(main);
    }

    /**
     * Rule (d)'s allowed places: the factory itself in platform (and its Kafka Streams runner), the dev stack's
     * broker, the test kit's topic reader, and the downstream consumer example, which shows plain Kafka clients on
     * purpose. Main code only: tests may poke a test broker with a bare client.
     */
    @Test
    void kafkaClientsShouldBeBuiltByTheFactory() {
        HouseRules.kafkaClientsOnlyFromTheFactory(
                        "io.kawat",
                        "io.kawat.platform..",
                        "io.kawat.devstack..",
                        "io.kawat.testkit..",
                        "io.kawat.examples..")
                .check(main);
    }

    @Test
    void packagesShouldBeFreeOfCycles() {
        HouseRules.noPackageCycles("io.kawat", main).check(main);
    }

    @Test
    void testsShouldReachTheDevStackThroughItsApi() {
        HouseRules.noDevStackInternalsInOtherTests("io.kawat.devstack").check(tests);
    }
}
