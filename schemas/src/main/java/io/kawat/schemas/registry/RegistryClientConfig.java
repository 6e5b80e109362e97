package io.kawat.schemas.registry;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach a schema registry.
 *
 * @param baseUrl           base URL of the Confluent REST API, e.g. {@code http://127.0.0.1:8081} or
 *                          {@code http://127.0.0.1:8085/apis/ccompat/v7}
 * @param basicAuthUser     user for HTTP Basic authentication, or null
 * @param basicAuthPassword password for HTTP Basic authentication, or null
 * @param bearerToken       token for {@code Authorization: Bearer}, or null; not together with Basic
 * @param timeout           connect and request timeout of one attempt
 * @param maxRetries        attempts after the first one for 5xx answers, timeouts and refused connections
 */
public record RegistryClientConfig(
        URI baseUrl,
        String basicAuthUser,
        String basicAuthPassword,
        String bearerToken,
        Duration timeout,
        int maxRetries) {
    /** Timeout of one attempt by default. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** Retries by default. */
    public static final int DEFAULT_MAX_RETRIES = 3;

    public RegistryClientConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(timeout, "timeout");
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("Registry URL must be an absolute http(s) URL: " + baseUrl);
        }
        if ((basicAuthUser == null) != (basicAuthPassword == null)) {
            throw new IllegalArgumentException("Basic authentication needs both a user and a password");
        }
        if (basicAuthUser != null && bearerToken != null) {
            throw new IllegalArgumentException("Use either Basic authentication or a bearer token, not both");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Registry timeout must be positive: " + timeout);
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("Registry retries must be 0 or more: " + maxRetries);
        }
    }

    /** No authentication, {@link #DEFAULT_TIMEOUT}, {@link #DEFAULT_MAX_RETRIES}. */
    public static RegistryClientConfig of(String url) {
        return new RegistryClientConfig(URI.create(url), null, null, null, DEFAULT_TIMEOUT, DEFAULT_MAX_RETRIES);
    }

    /** This configuration with HTTP Basic authentication. */
    public RegistryClientConfig withBasicAuth(String user, String password) {
        return new RegistryClientConfig(baseUrl, user, password, null, timeout, maxRetries);
    }

    /** This configuration with a bearer token. */
    public RegistryClientConfig withBearerToken(String token) {
        return new RegistryClientConfig(baseUrl, null, null, token, timeout, maxRetries);
    }

    /** This configuration with another timeout and retry count. */
    public RegistryClientConfig withTimeout(Duration newTimeout, int newMaxRetries) {
        return new RegistryClientConfig(
                baseUrl, basicAuthUser, basicAuthPassword, bearerToken, newTimeout, newMaxRetries);
    }

    /** Secrets masked, so the configuration can be logged. */
    @Override
    public String toString() {
        return "RegistryClientConfig[baseUrl=" + baseUrl + ", basicAuthUser=" + basicAuthUser
                + ", basicAuthPassword=" + mask(basicAuthPassword) + ", bearerToken=" + mask(bearerToken)
                + ", timeout=" + timeout + ", maxRetries=" + maxRetries + "]";
    }

    private static String mask(String secret) {
        return secret == null ? null : "****";
    }
}
