package io.kawat.publish.internal.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook deliveries: {@code X-Kawat-Signature: sha256=<hex HMAC-SHA256 of timestamp + "." + body>} keyed
 * with the subscriber's secret, where timestamp is the {@code X-Kawat-Timestamp} header (Unix seconds). A receiver
 * recomputes it over the raw body, compares in constant time, and rejects old timestamps to stop replays.
 */
public final class WebhookSigner {
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSigner() {}

    /** The {@code X-Kawat-Signature} value for one delivery. */
    public static String signature(String secret, String timestamp, String body) {
        return "sha256=" + hmacSha256Hex(secret, timestamp + "." + body);
    }

    /** Lower-case hex HMAC-SHA256 of the UTF-8 bytes of {@code data} keyed with the UTF-8 bytes of {@code key}. */
    public static String hmacSha256Hex(String key, String data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
