package io.kawat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import com.tngtech.archunit.library.dependencies.SliceRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The architecture house rules (docs/HOUSE-RULES.md), each for the classes under a base package whose next segment
 * names the module: {@code io.kawat} for Kawat itself ({@code io.kawat.ingest..} is the ingest module), a package of
 * purpose-made violations for the tests that prove each rule fails.
 */
final class HouseRules {

    private HouseRules() {}

    /** The module of a package under {@code base}: the segment after it. */
    static String module(String base, String packageName) {
        String rest = packageName.substring(base.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static boolean isInternal(String packageName) {
        return ("." + packageName + ".").contains(".internal.");
    }

    /** The classes under {@code base} outside the {@code exempt} packages. */
    private static GivenClassesConjunction classesUnder(String base, String... exempt) {
        GivenClassesConjunction under = classes().that().resideInAPackage(base + "..");
        return exempt.length == 0 ? under : under.and().resideOutsideOfPackages(exempt);
    }

    /**
     * Rule (a): no class of one module depends on an {@code internal} package of another module; a module offers
     * what others need in its api packages. {@code exempt} names the one package allowed otherwise (or null).
     */
    static ArchRule noOtherModulesInternals(String base, String... exempt) {
        return classesUnder(base, exempt)
                .should(new ArchCondition<JavaClass>("use no internal package of another module") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String from = module(base, origin.getPackageName());
                        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                            String target =
                                    d.getTargetClass().getBaseComponentType().getPackageName();
                            if (target.startsWith(base + ".")
                                    && isInternal(target)
                                    && !module(base, target).equals(from)) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(false);
    }

    /**
     * Rule (b): no cycle between packages (each package is a slice). An {@code internal} package may use the api
     * package it implements (e.g. {@code schemas.registry.internal} throws the exceptions of {@code
     * schemas.registry}); those dependencies do not count, every other one does.
     */
    static ArchRule noPackageCycles(String base, JavaClasses classes) {
        SliceRule rule =
                SlicesRuleDefinition.slices().matching(base + ".(**)").should().beFreeOfCycles();
        Set<String> apis = new TreeSet<>();
        for (JavaClass c : classes) {
            int internal = ("." + c.getPackageName() + ".").indexOf(".internal.");
            if (c.getPackageName().startsWith(base + ".") && internal > 0) {
                apis.add(c.getPackageName().substring(0, internal - 1));
            }
        }
        for (String api : apis) {
            rule = rule.ignoreDependency(
                    JavaClass.Predicates.resideInAPackage(api + ".internal.."),
                    JavaClass.Predicates.resideInAPackage(api));
        }
        return rule;
    }

    /** Rule (c): tests outside the dev stack reach it through testkit or its api, never its internal package. */
    static ArchRule noDevStackInternalsInOtherTests(String devstack) {
        return noClasses()
                .that()
                .resideOutsideOfPackage(devstack + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(devstack + ".internal..");
    }

    /** The Kafka client classes whose construction is reserved to the one factory (rule d). */
    static final Set<String> KAFKA_CLIENTS = Set.of(
            "org.apache.kafka.clients.producer.KafkaProducer",
            "org.apache.kafka.clients.consumer.KafkaConsumer",
            "org.apache.kafka.clients.admin.Admin",
            "org.apache.kafka.clients.admin.AdminClient",
            "org.apache.kafka.clients.admin.KafkaAdminClient",
            "org.apache.kafka.streams.KafkaStreams");

    /**
     * Rule (d): one factory for Kafka clients. No class under {@code base} outside the {@code allowed} packages
     * constructs a producer, consumer or Kafka Streams client or calls {@code Admin.create}: every client is built
     * by the factory, with the same defaults and the same pass-through of client settings.
     */
    static ArchRule kafkaClientsOnlyFromTheFactory(String base, String... allowed) {
        return classesUnder(base, allowed)
                .should(new ArchCondition<JavaClass>("build Kafka clients only through the platform factory") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        List<JavaCall<?>> calls = new ArrayList<>(origin.getConstructorCallsFromSelf());
                        calls.addAll(origin.getMethodCallsFromSelf());
                        for (JavaCall<?> call : calls) {
                            String owner = call.getTargetOwner().getName();
                            boolean builds = call.getName().equals("<init>")
                                    || (call.getName().equals("create") && owner.contains(".admin."));
                            if (builds && KAFKA_CLIENTS.contains(owner)) {
                                events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(false);
    }
}
