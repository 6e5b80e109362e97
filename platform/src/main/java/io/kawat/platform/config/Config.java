package io.kawat.platform.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Typed, validated configuration: defaults &lt; YAML file &lt; environment variables. Environment variables are read
 * here and nowhere else. Loading checks every declared setting, refuses a YAML key or {@code KAWAT_*} variable that
 * no Kawat setting has (naming the closest one; {@code kafka.client.*} passes through, see {@link KnownKeys}), and
 * fails with all problems at once.
 */
public final class Config {
    private final Map<String, Object> values;
    private final Map<String, String> origins;
    private final Collection<Setting<?>> settings;
    private final JsonNode yaml;
    private final Map<String, String> kafkaClient;
    private final Map<String, String> kafkaClientOrigins;

    private Config(
            Map<String, Object> values,
            Map<String, String> origins,
            Collection<Setting<?>> settings,
            JsonNode yaml,
            Map<String, String> kafkaClient,
            Map<String, String> kafkaClientOrigins) {
        this.values = values;
        this.origins = origins;
        this.settings = settings;
        this.yaml = yaml;
        this.kafkaClient = kafkaClient;
        this.kafkaClientOrigins = kafkaClientOrigins;
    }

    /** Loads the settings from an optional YAML file and the given environment. */
    public static Config load(Collection<Setting<?>> settings, Path yamlFile, Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        JsonNode yaml = readYaml(yamlFile, problems);
        problems.addAll(KnownKeys.problems(settings, yaml, env));
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        for (Setting<?> setting : settings) {
            String text = setting.defaultValue().orElse(null);
            String origin = "default";
            JsonNode node = at(yaml, setting.key());
            if (node != null && !node.isNull() && !node.isContainerNode()) {
                text = node.asText();
                origin = "file";
            }
            if (env.containsKey(setting.envVar())) {
                text = env.get(setting.envVar());
                origin = "env " + setting.envVar();
            }
            if (text == null) {
                problems.add(setting.key() + " is required (" + setting.doc() + "); set it in the file or in "
                        + setting.envVar());
                continue;
            }
            parse(setting, text, origin, problems).ifPresent(v -> values.put(setting.key(), v));
            origins.put(setting.key(), origin);
        }
        Map<String, String> clientOrigins = new LinkedHashMap<>();
        Map<String, String> client = ClientSettings.read(yaml, env, clientOrigins, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new Config(values, origins, List.copyOf(settings), yaml, Map.copyOf(client), clientOrigins);
    }

    /** The environment of this process. */
    public static Map<String, String> systemEnv() {
        return System.getenv();
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        if (!values.containsKey(setting.key())) {
            throw new IllegalArgumentException("Setting " + setting.key() + " was not declared when loading");
        }
        return (T) values.get(setting.key());
    }

    /**
     * The Kafka client settings every Kafka client gets verbatim ({@code kafka.client.*}, {@code
     * KAWAT_KAFKA_CLIENT_*}), environment variables already substituted: see {@link ClientSettings}.
     */
    public Map<String, String> kafkaClient() {
        return kafkaClient;
    }

    /** A YAML subtree (e.g. a list of sources) for structured settings; a missing node when absent. */
    public JsonNode section(String key) {
        JsonNode node = at(yaml, key);
        return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
    }

    /** Every setting with its value and origin, secrets masked, one per line, for the start-up log. */
    public String describe() {
        java.util.stream.Stream<String> declared = settings.stream()
                .filter(s -> values.containsKey(s.key()))
                .map(s -> "  " + s.key() + " = " + shown(s) + "  (" + origins.get(s.key()) + ")");
        java.util.stream.Stream<String> client = new java.util.TreeMap<>(kafkaClient)
                .entrySet().stream()
                        .map(e -> "  " + ClientSettings.PREFIX + e.getKey() + " = "
                                + ClientSettings.shown(e.getKey(), e.getValue()) + "  ("
                                + kafkaClientOrigins.get(e.getKey()) + ")");
        return java.util.stream.Stream.concat(declared, client).collect(Collectors.joining("\n"));
    }

    private String shown(Setting<?> setting) {
        Object value = values.get(setting.key());
        if (setting.secret()) {
            return value == null || value.toString().isEmpty() ? "(empty)" : "****";
        }
        return String.valueOf(value);
    }

    private static <T> java.util.Optional<T> parse(
            Setting<T> setting, String text, String origin, List<String> problems) {
        try {
            T value = setting.parser().apply(text.trim());
            if (!setting.check().test(value)) {
                problems.add(setting.key() + " must be " + setting.rule() + " (" + origin + ")");
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(value);
        } catch (RuntimeException e) {
            String shown = setting.secret() ? "****" : "'" + text + "'";
            problems.add(setting.key() + " = " + shown + " is not valid (" + origin + "): " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    private static JsonNode readYaml(Path file, List<String> problems) {
        if (file == null) {
            return null;
        }
        if (!Files.isRegularFile(file)) {
            problems.add("configuration file " + file + " does not exist");
            return null;
        }
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            problems.add("configuration file " + file + " is not valid YAML: " + e.getMessage());
            return null;
        }
    }

    private static JsonNode at(JsonNode root, String key) {
        JsonNode node = root;
        for (String part : key.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(part);
        }
        return node;
    }
}
