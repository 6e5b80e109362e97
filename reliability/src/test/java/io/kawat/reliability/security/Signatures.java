package io.kawat.reliability.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Verifies a webhook delivery the way docs/publish.md tells receivers to. */
final class Signatures {
    private Signatures() {}

    /** {@code sha256=<hex HMAC-SHA256 of timestamp + "." + body>} keyed with {@code secret}. */
    static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of the header with the recomputed signature. */
    static boolean verifies(String secret, String timestamp, byte[] body, String header) {
        return header != null
                && MessageDigest.isEqual(
                        sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8),
                        header.getBytes(StandardCharsets.UTF_8));
    }
}
