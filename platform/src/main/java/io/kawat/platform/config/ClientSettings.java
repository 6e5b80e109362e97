package io.kawat.platform.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kafka client settings handed to every Kafka client verbatim: every key under {@value #PREFIX} in the YAML file
 * ({@code kafka.client.security.protocol: SASL_SSL}, flat or nested) and every environment variable
 * {@value #ENV_PREFIX}{@code <KEY>} ({@code KAWAT_KAFKA_CLIENT_SASL_JAAS_CONFIG}: the rest of the name in lower case,
 * underscores as dots), the environment winning. A value may name environment variables as {@code ${VAR}}, so that
 * no secret is written in a file. Keys that look secret are masked when logged.
 */
public final class ClientSettings {
    /** The YAML prefix of the pass-through keys. */
    public static final String PREFIX = "kafka.client.";
    /** The environment variable prefix of the pass-through keys. */
    public static final String ENV_PREFIX = "KAWAT_KAFKA_CLIENT_";

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final List<String> SECRET_WORDS = List.of("password", "jaas", "secret", "token", "credential");
    /** Set by Kawat's own settings; a pass-through value would silently fight them. */
    private static final Map<String, String> OWNED = Map.of("bootstrap.servers", "kafka.bootstrap-servers");

    private ClientSettings() {}

    /**
     * The pass-through settings from the file ({@code yaml}, may be null) and the environment, with {@code ${VAR}}
     * replaced; problems (a missing variable, a key Kawat sets itself) are added to {@code problems}.
     *
     * @param origins receives each key's origin ({@code file} or {@code env NAME}) for the start-up log
     */
    static Map<String, String> read(
            JsonNode yaml, Map<String, String> env, Map<String, String> origins, List<String> problems) {
        Map<String, String> raw = new TreeMap<>();
        JsonNode section = yaml == null ? null : yaml.path("kafka").path("client");
        if (section != null && section.isObject()) {
            flatten("", section, raw);
            raw.keySet().forEach(k -> origins.put(k, "file"));
        }
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
                String key = name.substring(ENV_PREFIX.length())
                        .toLowerCase(Locale.ROOT)
                        .replace('_', '.');
                raw.put(key, value);
                origins.put(key, "env " + name);
            }
        });
        Map<String, String> resolved = new TreeMap<>();
        raw.forEach((key, value) -> {
            if (OWNED.containsKey(key)) {
                problems.add(PREFIX + key + " is set by " + OWNED.get(key) + "; use that setting instead");
                return;
            }
            resolved.put(key, expand(key, value, env, problems));
        });
        return resolved;
    }

    /** True for keys whose values must never be logged (passwords, JAAS configuration, secrets, keys, tokens). */
    public static boolean secret(String key) {
        for (String segment : key.toLowerCase(Locale.ROOT).split("\\.")) {
            if (segment.equals("key") || SECRET_WORDS.stream().anyMatch(segment::contains)) {
                return true;
            }
        }
        return false;
    }

    /** A value as the start-up log shows it. */
    public static String shown(String key, String value) {
        if (!secret(key)) {
            return value;
        }
        return value == null || value.isEmpty() ? "(empty)" : "****";
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(key, value, out);
            } else if (!value.isNull()) {
                out.put(key, value.isArray() ? joined(value) : value.asText());
            }
        }
    }

    private static String joined(JsonNode array) {
        StringBuilder text = new StringBuilder();
        array.forEach(item -> text.append(text.isEmpty() ? "" : ",").append(item.asText()));
        return text.toString();
    }

    private static String expand(String key, String value, Map<String, String> env, List<String> problems) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = env.get(matcher.group(1));
            if (replacement == null) {
                problems.add(
                        PREFIX + key + " names the environment variable " + matcher.group(1) + ", which is not set");
                replacement = "";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
