package io.kawat.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.ArticleCommand;
import io.kawat.schemas.avro.AuditEvent;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.FeedCommand;
import io.kawat.schemas.avro.FeedStatus;
import io.kawat.schemas.avro.StoryTranslation;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.registry.internal.AvroCompatibility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaFormatter;

/**
 * The released versions of every top-level schema, kept in {@code src/main/avro-history/<RecordName>/v<N>.avsc} in
 * the self-contained form the registry holds (nested named types inlined), and the check that the current schemas
 * read all of them.
 */
public final class SchemaHistory {
    private static final Pattern VERSION_FILE = Pattern.compile("v(\\d+)\\.avsc");

    private SchemaHistory() {}

    /** The module's history folder (tests run with the module as working directory). */
    public static Path directory() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("src/main/avro-history");
    }

    /** The current schema of every value topic, by record name, as compiled into the generated classes. */
    public static Map<String, Schema> current() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        for (Schema schema : List.of(
                WireStory.getClassSchema(),
                EnrichedStory.getClassSchema(),
                Article.getClassSchema(),
                FeedStatus.getClassSchema(),
                FeedCommand.getClassSchema(),
                ArticleCommand.getClassSchema(),
                AuditEvent.getClassSchema(),
                StoryTranslation.getClassSchema())) {
            schemas.put(schema.getName(), schema);
        }
        return schemas;
    }

    /** The version numbers kept for a record, as found in file names, ascending. */
    public static List<Integer> versions(String recordName) {
        try (Stream<Path> files = Files.list(directory().resolve(recordName))) {
            return files.map(file -> VERSION_FILE.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every kept version of a record, oldest first. */
    public static List<Schema> released(String recordName) {
        List<Schema> schemas = new ArrayList<>();
        for (int version : versions(recordName)) {
            schemas.add(parse(directory().resolve(recordName).resolve("v" + version + ".avsc")));
        }
        return schemas;
    }

    /** Why {@code current} cannot read data written with each of {@code released} (v1 first); empty when it can. */
    public static List<String> incompatibilities(Schema current, List<Schema> released) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < released.size(); i++) {
            problems.addAll(AvroCompatibility.readProblems(
                    current,
                    released.get(i),
                    current.getName() + " cannot read data written with released v" + (i + 1)));
        }
        return problems;
    }

    /** The schema in the history's form: pretty-printed, self-contained, without Java code-generation hints. */
    public static String snapshot(Schema schema) {
        try {
            JsonNode tree = new ObjectMapper().readTree(schema.toString());
            removeJavaHints(tree);
            return SchemaFormatter.format("json/pretty", new Schema.Parser().parse(tree.toString())) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void removeJavaHints(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("avro.java.string");
        }
        node.forEach(SchemaHistory::removeJavaHints);
    }

    private static Schema parse(Path file) {
        try {
            return new Schema.Parser().parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
