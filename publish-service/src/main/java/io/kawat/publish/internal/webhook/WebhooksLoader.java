package io.kawat.publish.internal.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.kawat.platform.config.ConfigException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code publish.webhooks} list of the configuration file. A secret is never written in the file: each
 * entry names the environment variable that holds it ({@code secret-env}). Every problem is listed at once.
 *
 * <pre>
 * publish:
 *   webhooks:
 *     - id: cms
 *       url: https://cms.example.com/hooks/kawat
 *       secret-env: KAWAT_WEBHOOK_CMS_SECRET
 *       allow-private-network: false   # default
 *       max-attempts: 8                # default
 *       start-from: latest             # default; earliest also delivers what is on the topic already
 * </pre>
 */
public final class WebhooksLoader {
    private static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,62}";
    private static final Set<String> FIELDS =
            Set.of("id", "url", "secret-env", "allow-private-network", "max-attempts", "start-from");

    private WebhooksLoader() {}

    public static List<WebhookSubscriber> load(JsonNode list, Map<String, String> env) {
        List<WebhookSubscriber> subscribers = new ArrayList<>();
        if (list.isMissingNode() || list.isNull()) {
            return subscribers;
        }
        if (!list.isArray()) {
            throw new ConfigException(List.of("publish.webhooks must be a list"));
        }
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode node : list) {
            String where = "publish.webhooks[" + index++ + "]";
            String id = text(node, "id");
            if (id == null || !id.matches(ID_PATTERN)) {
                problems.add(where + ".id must match " + ID_PATTERN + " (lower case letters, digits, dashes)");
                continue;
            }
            if (!ids.add(id)) {
                problems.add(where + ".id '" + id + "' is used twice");
            }
            List<String> found = new ArrayList<>();
            WebhookSubscriber subscriber = subscriber(node, where + " (" + id + ")", id, env, found);
            if (found.isEmpty()) {
                subscribers.add(subscriber);
            }
            problems.addAll(found);
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return List.copyOf(subscribers);
    }

    private static WebhookSubscriber subscriber(
            JsonNode node, String where, String id, Map<String, String> env, List<String> problems) {
        node.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                problems.add(where + ": unknown field '" + field + "' (known: "
                        + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        });
        URI url = url(text(node, "url"), where, problems);
        String secretEnv = text(node, "secret-env");
        String secret = secretEnv == null ? null : env.get(secretEnv);
        if (secretEnv == null) {
            problems.add(where + ".secret-env must name the environment variable that holds the signing secret");
        } else if (secret == null || secret.isBlank()) {
            problems.add(where + ".secret-env: environment variable " + secretEnv + " is not set");
        }
        int maxAttempts = node.path("max-attempts").asInt(WebhookSubscriber.DEFAULT_MAX_ATTEMPTS);
        if (maxAttempts < 1 || maxAttempts > 100) {
            problems.add(where + ".max-attempts must be between 1 and 100");
        }
        String startFrom = text(node, "start-from") == null
                ? "latest"
                : text(node, "start-from").toLowerCase(Locale.ROOT);
        if (!startFrom.equals("latest") && !startFrom.equals("earliest")) {
            problems.add(where + ".start-from must be latest or earliest");
        }
        JsonNode allow = node.path("allow-private-network");
        if (!allow.isMissingNode() && !allow.isBoolean()) {
            problems.add(where + ".allow-private-network must be true or false");
        }
        return problems.isEmpty()
                ? new WebhookSubscriber(id, url, secret, allow.asBoolean(false), maxAttempts, startFrom)
                : null;
    }

    private static URI url(String text, String where, List<String> problems) {
        if (text == null) {
            problems.add(where + ".url is required");
            return null;
        }
        try {
            URI url = new URI(text);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
                problems.add(where + ".url must be an absolute http or https URL with a host");
            } else if (url.getUserInfo() != null) {
                problems.add(where + ".url must not carry credentials (the deliveries are signed instead)");
            }
            return url;
        } catch (URISyntaxException e) {
            problems.add(where + ".url is not a valid URL: " + e.getReason());
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
