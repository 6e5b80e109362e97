package io.kawat.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RegistryClientConfigTest {
    @Test
    void shouldUseDefaultsWhenBuiltFromAUrl() {
        RegistryClientConfig config = RegistryClientConfig.of("http://127.0.0.1:8081");

        assertThat(config.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8081"));
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.maxRetries()).isEqualTo(3);
        assertThat(config.basicAuthUser()).isNull();
        assertThat(config.bearerToken()).isNull();
    }

    @Test
    void shouldMaskSecretsWhenPrinted() {
        String basic = RegistryClientConfig.of("http://127.0.0.1:8081")
                .withBasicAuth("kawat", "s3cret")
                .toString();
        String bearer = RegistryClientConfig.of("http://127.0.0.1:8081")
                .withBearerToken("tok-123")
                .toString();

        assertThat(basic)
                .contains("basicAuthUser=kawat")
                .contains("basicAuthPassword=****")
                .doesNotContain("s3cret");
        assertThat(bearer).contains("bearerToken=****").doesNotContain("tok-123");
    }

    @Test
    void shouldRejectInvalidSettingsWhenBuilt() {
        RegistryClientConfig ok = RegistryClientConfig.of("http://127.0.0.1:8081");

        assertThatThrownBy(() -> RegistryClientConfig.of("127.0.0.1:8081"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegistryClientConfig.of("ftp://127.0.0.1/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ok.withBasicAuth("user", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegistryClientConfig(ok.baseUrl(), "u", "p", "t", ok.timeout(), 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> ok.withTimeout(Duration.ZERO, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ok.withTimeout(Duration.ofSeconds(1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
