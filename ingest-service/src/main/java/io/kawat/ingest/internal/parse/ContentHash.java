package io.kawat.ingest.internal.parse;

import io.kawat.schemas.avro.PubStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content hash of a story version: SHA-256 (lower-case hex) over headline, standfirst, body text and pubStatus,
 * each followed by a NUL separator, null fields counting as empty. Two versions with the same hash carry the same
 * readable content, so a re-polled item with an unchanged hash is not emitted again.
 */
public final class ContentHash {

    private ContentHash() {}

    /** The hash of the given fields. */
    public static String of(String headline, String standfirst, String bodyText, PubStatus pubStatus) {
        MessageDigest digest = sha256();
        for (String part : new String[] {headline, standfirst, bodyText, pubStatus == null ? null : pubStatus.name()}) {
            digest.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** SHA-256 hex of arbitrary text, used for synthetic provider ids. */
    static String hex(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
