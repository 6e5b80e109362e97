package io.kawat.publish.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kawat.platform.config.ConfigException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhooksLoaderTest {

    @Test
    void shouldReadEverySubscriberWithItsSecretFromTheEnvironmentAndDefaults() throws Exception {
        JsonNode list = yaml("""
                - id: cms
                  url: https://cms.example.test/hooks/kawat
                  secret-env: CMS_SECRET
                - id: archive
                  url: http://127.0.0.1:9000/in
                  secret-env: ARCHIVE_SECRET
                  allow-private-network: true
                  max-attempts: 3
                  start-from: earliest
                """);

        List<WebhookSubscriber> subscribers =
                WebhooksLoader.load(list, Map.of("CMS_SECRET", "s1", "ARCHIVE_SECRET", "s2"));

        assertThat(subscribers)
                .containsExactly(
                        new WebhookSubscriber(
                                "cms", URI.create("https://cms.example.test/hooks/kawat"), "s1", false, 8, "latest"),
                        new WebhookSubscriber(
                                "archive", URI.create("http://127.0.0.1:9000/in"), "s2", true, 3, "earliest"));
    }

    @Test
    void shouldListEveryProblemAtOnceWhenEntriesAreInvalid() throws Exception {
        JsonNode list = yaml("""
                - id: Bad Id
                  url: https://x.example.test/
                - id: cms
                  url: ftp://cms.example.test/
                  secret-env: MISSING_SECRET
                  max-attempts: 0
                  secret: inline-secret-not-allowed
                - id: cms
                  url: https://user:pw@cms.example.test/
                  secret-env: CMS_SECRET
                """);

        ConfigException e = catchThrowableOfType(
                ConfigException.class, () -> WebhooksLoader.load(list, Map.of("CMS_SECRET", "s1")));

        assertThat(e.problems())
                .containsExactly(
                        "publish.webhooks[0].id must match [a-z0-9][a-z0-9-]{0,62} (lower case letters, digits, dashes)",
                        "publish.webhooks[1] (cms): unknown field 'secret' (known: allow-private-network, id, max-attempts,"
                                + " secret-env, start-from, url)",
                        "publish.webhooks[1] (cms).url must be an absolute http or https URL with a host",
                        "publish.webhooks[1] (cms).secret-env: environment variable MISSING_SECRET is not set",
                        "publish.webhooks[1] (cms).max-attempts must be between 1 and 100",
                        "publish.webhooks[2].id 'cms' is used twice",
                        "publish.webhooks[2] (cms).url must not carry credentials (the deliveries are signed instead)");
        assertThat(e.getMessage()).doesNotContain("inline-secret-not-allowed").doesNotContain("pw@");
    }

    @Test
    void shouldGiveNoSubscribersWhenTheListIsAbsent() {
        assertThat(WebhooksLoader.load(MissingNode.getInstance(), Map.of())).isEmpty();
    }

    @Test
    void shouldNeverShowTheSecretWhenASubscriberIsPrinted() {
        WebhookSubscriber subscriber = new WebhookSubscriber(
                "cms", URI.create("https://cms.example.test/in?k=v"), "very-secret-value", false, 8, "latest");

        assertThat(subscriber.toString())
                .doesNotContain("very-secret-value")
                .doesNotContain("k=v")
                .contains("****");
    }

    private static JsonNode yaml(String text) throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(text);
    }
}
