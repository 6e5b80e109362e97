package io.kawat.reliability.security;

import io.kawat.console.ConsoleSettings;
import io.kawat.ingest.IngestSettings;
import io.kawat.platform.config.Config;
import io.kawat.platform.config.Setting;
import io.kawat.publish.PublishSettings;
import io.kawat.reliability.poison.PipelineRig;
import io.kawat.translate.TranslateSettings;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Services that must have no write route, and the configuration text services log at start. */
final class SurfaceChecks {
    private SurfaceChecks() {}

    /** POSTs to every admin path of enrich and translate, and to a webhook-management path of publish: none exists. */
    static List<List<?>> noWriteRoutes(PipelineRig rig) {
        List<List<?>> rows = new ArrayList<>();
        Map<String, List<String>> paths = Map.of(
                "enrich", List.of("/health", "/ready", "/metrics", "/"),
                "translate", List.of("/health", "/ready", "/metrics", "/"),
                "publish", List.of("/api/webhooks", "/api/subscribers", "/api/articles"));
        paths.forEach((service, list) -> {
            List<String> answers = new ArrayList<>();
            boolean ok = true;
            for (String path : list) {
                int status = rig.send(
                                HttpRequest.newBuilder(URI.create(rig.services().get(service) + path))
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString("{}")))
                        .statusCode();
                answers.add(path + " " + status);
                ok &= status == 404 || status == 405;
            }
            rows.add(List.of(
                    "no unauthenticated write route (POST answered 404/405)",
                    service + " " + list,
                    (ok ? "ok: " : "FAILED: ") + answers));
        });
        return rows;
    }

    /** The text {@code ServiceMain} logs at start ({@link Config#describe()}) for each service's settings. */
    static List<List<?>> configurationAsLogged(List<String> secrets) {
        Map<String, String> env = Map.of(
                "KAWAT_INGEST_PUSH_TOKEN",
                PipelineRig.PUSH_TOKEN,
                "KAWAT_SECURITY_OPERATOR_TOKEN",
                PipelineRig.OPERATOR_TOKEN,
                "KAWAT_REGISTRY_BASIC_AUTH_PASSWORD",
                "rel-registry-password-77",
                "KAWAT_TRANSLATION_DEEPL_AUTH_KEY",
                "rel-deepl-key-91");
        List<String> all = new ArrayList<>(secrets);
        all.addAll(List.of("rel-registry-password-77", "rel-deepl-key-91"));
        List<List<?>> rows = new ArrayList<>();
        Map<String, List<Setting<?>>> services = Map.of(
                "ingest",
                IngestSettings.all(),
                "publish",
                PublishSettings.all(),
                "console",
                ConsoleSettings.all(),
                "translate",
                TranslateSettings.all());
        services.forEach((service, settings) -> {
            String text = Config.load(settings, null, env).describe();
            List<String> leaked = all.stream().filter(text::contains).toList();
            boolean masked = text.contains("****");
            rows.add(List.of(
                    "secrets masked in the configuration logged at start",
                    service + " (Config.describe)",
                    (leaked.isEmpty() && masked ? "ok: " : "FAILED: ") + "leaked " + leaked.size()
                            + ", masked values shown as ****"));
        });
        return rows;
    }
}
