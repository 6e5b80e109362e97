package io.kawat.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every Media Topic that enrich can assign (its topic rules and its learned model's labels) has a label in the
 * chrome bundle of every edition language publish ships, so that no tag is left in English in another edition.
 */
class TopicLabelsTest {
    private static final List<String> EDITION_LANGUAGES = List.of("en", "es", "fr", "id");

    @Test
    void shouldLabelEveryAssignableTopicInEveryEditionLanguage() throws IOException {
        Set<String> qcodes = new TreeSet<>();
        for (String line : lines("/io/kawat/enrich/topic/rules.tsv")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                qcodes.add(line.split("\t")[0]);
            }
        }
        for (String line : lines("/io/kawat/enrich/model/topic/topics-en.tsv")) {
            if (line.startsWith("labels\t")) {
                qcodes.addAll(Arrays.asList(line.substring("labels\t".length()).split("\t")));
            }
        }
        assertThat(qcodes).as("topics read from enrich's resources").hasSizeGreaterThan(17);

        List<String> missing = new ArrayList<>();
        for (String language : EDITION_LANGUAGES) {
            // each language's own bundle, without the fallback to the English base bundle
            Properties bundle = new Properties();
            String name =
                    "/io/kawat/publish/chrome/chrome" + (language.equals("en") ? "" : "_" + language) + ".properties";
            try (InputStream in = TopicLabelsTest.class.getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String qcode : qcodes) {
                if (bundle.getProperty("topic." + qcode.replace(':', '.')) == null) {
                    missing.add(language + " " + qcode);
                }
            }
        }
        assertThat(missing).as("topics without a label in an edition language").isEmpty();
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = TopicLabelsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList();
        }
    }
}
