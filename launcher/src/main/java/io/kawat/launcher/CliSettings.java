package io.kawat.launcher;

import io.kawat.platform.config.CommonSettings;
import io.kawat.platform.config.Config;
import java.util.HashMap;
import java.util.Map;

/**
 * The settings of the commands that talk to Kafka and the registry ({@code tail}, {@code topics}): the common settings
 * from the environment, so that {@code KAWAT_KAFKA_CLIENT_*} (security protocol, SASL, TLS) and the registry
 * credentials apply to the command line as they do to the services; a command-line option wins.
 */
final class CliSettings {
    private CliSettings() {}

    static Config load(String bootstrapServers, String registryUrl) {
        Map<String, String> env = new HashMap<>(Config.systemEnv());
        if (bootstrapServers != null) {
            env.put(CommonSettings.BOOTSTRAP_SERVERS.envVar(), bootstrapServers);
        }
        if (registryUrl != null) {
            env.put(CommonSettings.REGISTRY_URL.envVar(), registryUrl);
        }
        return Config.load(CommonSettings.all(), null, env);
    }
}
