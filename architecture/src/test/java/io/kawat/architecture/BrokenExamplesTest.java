package io.kawat.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Each architecture rule fails on a purpose-made violation (the classes under {@code broken}). */
class BrokenExamplesTest {

    private static final String BROKEN = "io.kawat.architecture.broken";

    private static JavaClasses classes(String subPackage) {
        return new ClassFileImporter().importPackages(BROKEN + "." + subPackage);
    }

    @Test
    void shouldReportAModuleUsingAnotherModulesInternals() {
        EvaluationResult result =
                HouseRules.noOtherModulesInternals(BROKEN + ".internals").evaluate(classes("internals"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .hasSize(1)
                .allMatch(d -> d.contains("Caller") && d.contains("Hidden"));
    }

    @Test
    void shouldAllowAModuleItsOwnInternalsAndTheExemptPackage() {
        assertThat(HouseRules.noOtherModulesInternals(BROKEN + ".internals", BROKEN + ".internals.caller..")
                        .evaluate(classes("internals"))
                        .hasViolation())
                .isFalse();
    }

    @Test
    void shouldReportAPackageCycle() {
        JavaClasses cycle = classes("cycle");
        EvaluationResult result =
                HouseRules.noPackageCycles(BROKEN + ".cycle", cycle).evaluate(cycle);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("Cycle detected", "a", "b");
    }

    @Test
    void shouldReportATestUsingTheDevStacksInternals() {
        EvaluationResult result =
                HouseRules.noDevStackInternalsInOtherTests(BROKEN + ".stack").evaluate(classes("stacktest"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).allMatch(d -> d.contains("UsesStackInternals"));
    }

    @Test
    void shouldReportAKafkaClientBuiltOutsideTheFactory() {
        EvaluationResult result =
                HouseRules.kafkaClientsOnlyFromTheFactory(BROKEN + ".clients").evaluate(classes("clients"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .hasSize(2)
                .allMatch(d -> d.contains("OwnProducer"))
                .anyMatch(d -> d.contains("KafkaProducer"))
                .anyMatch(d -> d.contains("Admin.create"));
    }
}
