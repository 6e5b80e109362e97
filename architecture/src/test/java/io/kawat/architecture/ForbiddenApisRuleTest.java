package io.kawat.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import de.thetaphi.forbiddenapis.Checker;
import de.thetaphi.forbiddenapis.ForbiddenApiException;
import de.thetaphi.forbiddenapis.Logger;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The forbidden-apis rule fails on a purpose-made violation: the signatures of the root pom's main-code execution
 * ({@code forbidden-apis}) reject {@code String.format("%d", 1)} compiled from source here, and accept the same call
 * with {@code Locale.ROOT}.
 */
class ForbiddenApisRuleTest {

    @TempDir
    Path dir;

    /** The bundled signatures of one forbiddenapis execution of the root pom. */
    static List<String> bundledSignatures(String executionId) throws Exception {
        Path pom = Path.of(System.getProperty("user.dir")).getParent().resolve("pom.xml");
        NodeList executions = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(pom.toFile())
                .getElementsByTagName("execution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            NodeList id = execution.getElementsByTagName("id");
            if (id.getLength() > 0 && executionId.equals(id.item(0).getTextContent())) {
                NodeList names = execution.getElementsByTagName("bundledSignature");
                List<String> out = new ArrayList<>();
                for (int n = 0; n < names.getLength(); n++) {
                    out.add(names.item(n).getTextContent().trim());
                }
                return out;
            }
        }
        throw new AssertionError("no execution " + executionId + " in " + pom);
    }

    private Path compile(String className, String body) throws IOException {
        Path source = dir.resolve("src/" + className + ".java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "public class " + className + " {\n" + body + "\n}\n");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        int exit = javac.run(
                null, null, null, "--release", "17", "-d", classes.toString(), source.toString(), "-Xlint:none");
        assertThat(exit).as("compiles %s", errors).isZero();
        return classes.resolve(className + ".class");
    }

    private List<String> check(Path classFile) throws Exception {
        List<String> errors = new ArrayList<>();
        Logger logger = new Logger() {
            @Override
            public void error(String msg) {
                errors.add(msg);
            }

            @Override
            public void warn(String msg) {}

            @Override
            public void info(String msg) {}

            @Override
            public void debug(String msg) {}
        };
        Checker checker = new Checker(
                logger,
                ClassLoader.getSystemClassLoader(),
                Checker.Option.FAIL_ON_VIOLATION,
                Checker.Option.IGNORE_SIGNATURES_OF_MISSING_CLASSES);
        List<String> signatures = bundledSignatures("forbidden-apis");
        assertThat(signatures).contains("jdk-unsafe", "jdk-system-out");
        for (String name : signatures) {
            checker.addBundledSignatures(name, "17");
        }
        checker.addClassToCheck(classFile.toFile());
        try {
            checker.run();
        } catch (ForbiddenApiException e) {
            errors.add("build fails: " + e.getMessage());
        }
        return errors;
    }

    @Test
    void shouldRejectStringFormatWithoutALocale() throws Exception {
        Path violating = compile("Key", "static String key() { return String.format(\"%d\", 1); }");

        assertThat(check(violating))
                .anyMatch(e -> e.contains("Forbidden method invocation: java.lang.String#format(java.lang.String,"
                        + "java.lang.Object[]) [Uses default locale]"))
                .anyMatch(e -> e.startsWith("build fails"));
    }

    @Test
    void shouldAcceptStringFormatWithLocaleRoot() throws Exception {
        Path fixed = compile("Key", "static String key() { return String.format(java.util.Locale.ROOT, \"%d\", 1); }");

        assertThat(check(fixed)).isEmpty();
    }
}
