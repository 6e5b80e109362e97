package io.kawat.ingest.internal.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.kawat.platform.config.ConfigException;
import io.kawat.platform.config.Durations;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code sources:} list of the configuration file. Credentials are never written in the file: a header
 * value {@code ${ENV_NAME}} is replaced by that environment variable. Every problem is listed at once.
 */
public final class SourcesLoader {
    private static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,62}";

    private SourcesLoader() {}

    public static List<SourceConfig> load(JsonNode list, Path baseDir, Map<String, String> env) {
        List<SourceConfig> sources = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (list.isMissingNode() || list.isNull()) {
            return sources;
        }
        if (!list.isArray()) {
            throw new ConfigException(List.of("sources must be a list"));
        }
        int index = 0;
        for (JsonNode node : list) {
            String where = "sources[" + index++ + "]";
            String id = text(node, "id");
            if (id == null || !id.matches(ID_PATTERN)) {
                problems.add(where + ".id must match " + ID_PATTERN + " (lower case letters, digits, dashes)");
                continue;
            }
            if (!ids.add(id)) {
                problems.add(where + ".id '" + id + "' is used twice");
            }
            try {
                sources.add(source(node, id, baseDir, env, problems, where));
            } catch (IllegalArgumentException e) {
                problems.add(where + " (" + id + "): " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return sources;
    }

    private static SourceConfig source(
            JsonNode node, String id, Path baseDir, Map<String, String> env, List<String> problems, String where) {
        SourceType type = SourceType.valueOf(textOr(node, "type", "http").toUpperCase(Locale.ROOT));
        URI url = null;
        Path folder = null;
        if (type == SourceType.HTTP) {
            String u = text(node, "url");
            if (u == null) {
                problems.add(where + ".url is required for an http source");
            } else {
                url = URI.create(u);
            }
        }
        if (type == SourceType.FOLDER) {
            String f = text(node, "folder");
            folder = baseDir.resolve(f == null ? "inbox/" + id : f).normalize();
        }
        boolean enabled = node.path("enabled").asBoolean(true);
        // a disabled source may name credentials that are not set yet
        List<String> headerProblems = enabled ? problems : new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();
        node.path("headers")
                .fields()
                .forEachRemaining(e -> headers.put(
                        e.getKey(),
                        substitute(e.getValue().asText(), env, headerProblems, where + ".headers." + e.getKey())));
        return new SourceConfig(
                id,
                textOr(node, "name", id),
                type,
                url,
                folder,
                Durations.parse(textOr(node, "poll-interval", "5m")),
                text(node, "language"),
                text(node, "credit"),
                enabled,
                node.path("allow-private-network").asBoolean(false),
                Map.copyOf(headers));
    }

    /** Replaces each {@code ${ENV_NAME}} in a header value by that environment variable. */
    private static String substitute(String value, Map<String, String> env, List<String> problems, String where) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\$\\{([A-Z0-9_]+)}").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String resolved = env.get(m.group(1));
            if (resolved == null) {
                problems.add(where + " needs environment variable " + m.group(1));
                resolved = "";
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(resolved));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String textOr(JsonNode node, String field, String fallback) {
        String value = text(node, field);
        return value == null ? fallback : value;
    }
}
