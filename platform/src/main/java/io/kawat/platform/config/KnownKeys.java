package io.kawat.platform.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds configuration no Kawat service reads: a YAML key or a {@code KAWAT_*} environment variable that names no
 * setting of any module on the class path ({@link SettingsCatalog}), reported with the closest known name.
 */
final class KnownKeys {

    /** Kafka client settings passed through to every client as they are (the client factory reads them). */
    static final String KAFKA_CLIENT_KEYS = "kafka.client.";

    static final String KAFKA_CLIENT_ENV = "KAWAT_KAFKA_CLIENT_";

    /**
     * {@code KAWAT_*} variables that are not settings: read by the {@code kawat} script and command line, the
     * container scripts, the training data cache and the tests (docs/HOUSE-RULES.md lists them).
     */
    static final Set<String> NOT_SETTINGS = Set.of(
            "KAWAT_HOME",
            "KAWAT_JAVA_OPTS",
            "KAWAT_LOG_LEVEL",
            "KAWAT_INGEST_URL",
            "KAWAT_KAFKA_PORT",
            "KAWAT_KAFKA_CONTROLLER_PORT",
            "KAWAT_REGISTRY_PORT",
            "KAWAT_CONTAINERS_DIR",
            "KAWAT_CONTAINER_ENGINE",
            "KAWAT_SKIP_CONTAINER_TESTS",
            "KAWAT_REBUILD_BASE",
            "KAWAT_MAVEN_REPO",
            "KAWAT_DEBIAN_MIRROR",
            "KAWAT_INSTALL_APERTIUM",
            "KAWAT_TRAINING_DATA");

    /** Prefixes of variables that are not settings: the tests' stack and the compose file's own variables. */
    static final List<String> NOT_SETTING_PREFIXES = List.of("KAWAT_TEST_", "KAWAT_COMPOSE_");

    /** Container images ({@code KAWAT_KAFKA_IMAGE}, {@code KAWAT_BASE_IMAGE}, ...) are not settings either. */
    static final String IMAGE_SUFFIX = "_IMAGE";

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static volatile Catalogs catalogs;

    private record Catalogs(List<Setting<?>> settings, List<String> sections) {}

    private KnownKeys() {}

    private static Catalogs catalogs() {
        Catalogs c = catalogs;
        if (c == null) {
            List<Setting<?>> settings = new ArrayList<>();
            List<String> sections = new ArrayList<>();
            for (SettingsCatalog catalog :
                    ServiceLoader.load(SettingsCatalog.class, KnownKeys.class.getClassLoader())) {
                settings.addAll(catalog.settings());
                sections.addAll(catalog.sections());
            }
            c = new Catalogs(List.copyOf(settings), List.copyOf(sections));
            catalogs = c;
        }
        return c;
    }

    /** One problem per unknown key in {@code yaml} and unknown {@code KAWAT_*} variable in {@code env}. */
    static List<String> problems(Collection<Setting<?>> declared, JsonNode yaml, Map<String, String> env) {
        Set<String> keys = new TreeSet<>();
        Set<String> envVars = new TreeSet<>();
        for (Collection<Setting<?>> list : List.of(declared, catalogs().settings())) {
            for (Setting<?> s : list) {
                keys.add(s.key());
                envVars.add(s.envVar());
            }
        }
        List<String> sections = catalogs().sections();
        List<String> problems = new ArrayList<>();
        Set<String> referenced = new TreeSet<>();
        if (yaml != null && yaml.isObject()) {
            walk(yaml, "", keys, sections, problems, referenced);
        }
        for (String name : new TreeSet<>(env.keySet())) {
            if (name.startsWith("KAWAT_")
                    && !envVars.contains(name)
                    && !notASetting(name)
                    && !referenced.contains(name)) {
                problems.add("unknown environment variable " + name + ": no Kawat setting has it (did you mean "
                        + closest(name, envVars) + "?)");
            }
        }
        return problems;
    }

    static boolean notASetting(String name) {
        return name.startsWith(KAFKA_CLIENT_ENV)
                || NOT_SETTINGS.contains(name)
                || name.endsWith(IMAGE_SUFFIX)
                || NOT_SETTING_PREFIXES.stream().anyMatch(name::startsWith);
    }

    private static void walk(
            JsonNode node,
            String path,
            Set<String> keys,
            List<String> sections,
            List<String> problems,
            Set<String> referenced) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            JsonNode value = field.getValue();
            if (keys.contains(key) || (key + ".").startsWith(KAFKA_CLIENT_KEYS)) {
                continue;
            }
            if (sections.contains(key)) {
                collectReferences(value, referenced);
                continue;
            }
            if (value.isObject()
                    && (keys.stream().anyMatch(k -> k.startsWith(key + "."))
                            || sections.stream().anyMatch(k -> k.startsWith(key + ".")))) {
                walk(value, key, keys, sections, problems, referenced);
            } else {
                problems.add("unknown setting " + key + " in the configuration file (did you mean " + closest(key, keys)
                        + "?)");
            }
        }
    }

    /** Variables a section names ({@code ${NAME}} in values, {@code secret-env: NAME}) are the user's, not settings. */
    private static void collectReferences(JsonNode node, Set<String> referenced) {
        if (node.isTextual()) {
            Matcher m = VARIABLE.matcher(node.asText());
            while (m.find()) {
                referenced.add(m.group(1));
            }
        }
        if (node.isObject()) {
            JsonNode secretEnv = node.get("secret-env");
            if (secretEnv != null && secretEnv.isTextual()) {
                referenced.add(secretEnv.asText());
            }
        }
        node.forEach(child -> collectReferences(child, referenced));
    }

    /** The known name nearest to {@code name} by edit distance (the first in order on a tie). */
    static String closest(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(name, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
