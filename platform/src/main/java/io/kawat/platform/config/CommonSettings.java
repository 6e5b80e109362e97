package io.kawat.platform.config;

import java.util.List;

/** Settings every Kawat service shares: where Kafka and the registry are, topic naming, tokens. */
public final class CommonSettings {
    public static final Setting<String> BOOTSTRAP_SERVERS =
            Setting.string("kafka.bootstrap-servers", "127.0.0.1:9092", "Kafka bootstrap servers");
    public static final Setting<String> REGISTRY_URL = Setting.string(
            "registry.url",
            "http://127.0.0.1:8085/apis/ccompat/v7",
            "Base URL of a Confluent-compatible schema registry REST API");
    public static final Setting<String> REGISTRY_USER =
            Setting.string("registry.basic-auth-user", "", "Schema registry Basic auth user (empty: none)");
    public static final Setting<String> REGISTRY_PASSWORD =
            Setting.secret("registry.basic-auth-password", "", "Schema registry Basic auth password");
    public static final Setting<String> REGISTRY_TOKEN =
            Setting.secret("registry.bearer-token", "", "Schema registry bearer token (empty: none)");
    public static final Setting<Boolean> AUTO_REGISTER = Setting.flag(
            "registry.auto-register",
            true,
            "Register schemas on first use (true for development; false in production, where the build registers them)");
    public static final Setting<String> TOPIC_PREFIX =
            Setting.string("topics.prefix", "", "Prefix for every topic name (empty in production)");
    public static final Setting<Integer> TOPIC_PARTITIONS =
            Setting.positiveInt("topics.partitions", 3, "Partitions of the topics Kawat creates");
    public static final Setting<Integer> REPLICATION_FACTOR = Setting.positiveInt(
            "topics.replication-factor",
            1,
            "Replication factor of the topics Kawat creates (3 on a production cluster)");
    public static final Setting<String> INSTANCE_ID = Setting.string(
                    "instance.id",
                    "0",
                    "Unique per instance of a service (e.g. the pod ordinal): names the static group membership and the transactional producer")
            .requiring(v -> v.matches("[A-Za-z0-9._-]{1,64}"), "letters, digits, dots, dashes or underscores");
    public static final Setting<Integer> STREAM_THREADS = Setting.positiveInt(
            "streams.threads",
            1,
            "Kafka Streams threads per service instance: up to one per input partition is useful, beyond the cores is not");
    public static final Setting<String> BIND_HOST =
            Setting.string("http.host", "127.0.0.1", "Interface the HTTP servers bind to (loopback by default)");
    public static final Setting<String> DATA_DIR = Setting.string(
            "data.dir", ".kawat/data", "Folder for local state (Kafka Streams state stores, drop folders)");
    public static final Setting<String> OPERATOR_TOKEN = Setting.secret(
            "security.operator-token",
            "",
            "Token operators present (Authorization: Bearer) for write operations; empty refuses every write");

    private CommonSettings() {}

    public static List<Setting<?>> all() {
        return List.of(
                BOOTSTRAP_SERVERS,
                REGISTRY_URL,
                REGISTRY_USER,
                REGISTRY_PASSWORD,
                REGISTRY_TOKEN,
                AUTO_REGISTER,
                TOPIC_PREFIX,
                TOPIC_PARTITIONS,
                REPLICATION_FACTOR,
                INSTANCE_ID,
                STREAM_THREADS,
                BIND_HOST,
                DATA_DIR,
                OPERATOR_TOKEN);
    }
}
