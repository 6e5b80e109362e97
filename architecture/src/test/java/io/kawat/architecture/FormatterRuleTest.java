package io.kawat.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javaformat.java.Formatter;
import com.palantir.javaformat.java.JavaFormatterOptions;
import org.junit.jupiter.api.Test;

/**
 * The formatter rule fails on a purpose-made violation: {@code verify} runs {@code spotless:check}, which fails when
 * a file differs from what palantir-java-format (the same version, {@code palantir-java-format.version} in the root
 * pom) makes of it; here that formatter changes a two-space-indented class and leaves its own output alone.
 */
class FormatterRuleTest {

    private static final String MIS_INDENTED = "class Snippet {\n  int twice(int x) {\n    return 2 * x;\n  }\n}\n";
    private static final String FORMATTED =
            "class Snippet {\n    int twice(int x) {\n        return 2 * x;\n    }\n}\n";

    @Test
    void shouldReformatTwoSpaceIndentationAndKeepItsOwnOutput() throws Exception {
        // the style Spotless applies with <palantirJavaFormat/> (4 spaces, 120 columns)
        Formatter formatter = Formatter.createFormatter(JavaFormatterOptions.builder()
                .style(JavaFormatterOptions.Style.PALANTIR)
                .build());

        assertThat(formatter.formatSource(MIS_INDENTED)).isEqualTo(FORMATTED).isNotEqualTo(MIS_INDENTED);
        assertThat(formatter.formatSource(FORMATTED)).isEqualTo(FORMATTED);
    }
}
