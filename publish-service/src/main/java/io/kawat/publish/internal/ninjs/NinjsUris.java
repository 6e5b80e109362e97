package io.kawat.publish.internal.ninjs;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Turns Kawat's identifiers into the absolute URIs ninjs wants. */
final class NinjsUris {

    private static final String MEDIA_TOPIC = "http://cv.iptc.org/newscodes/mediatopic/";
    private static final String SUBJECT_CODE = "http://cv.iptc.org/newscodes/subjectcode/";

    private NinjsUris() {}

    /** The text when it is an absolute URI, else a {@code urn:kawat:} URI with the text percent-encoded. */
    static String id(String text) {
        return absolute(text).orElseGet(() -> "urn:kawat:" + encode(text));
    }

    /** The text when it is an absolute URI. */
    static Optional<String> absolute(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.trim());
            return uri.isAbsolute() ? Optional.of(uri.toString()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** An http(s) URL as given, when it is one. */
    static Optional<String> webUrl(String text) {
        return absolute(text).filter(u -> u.startsWith("http://") || u.startsWith("https://"));
    }

    /** A qcode as a URI: medtop:11000000 gives http://cv.iptc.org/newscodes/mediatopic/11000000. */
    static Optional<String> qcode(String qcode) {
        if (qcode == null) {
            return Optional.empty();
        }
        if (qcode.startsWith("medtop:")) {
            return absolute(MEDIA_TOPIC + qcode.substring("medtop:".length()));
        }
        if (qcode.startsWith("subj:")) {
            return absolute(SUBJECT_CODE + qcode.substring("subj:".length()));
        }
        return absolute(qcode);
    }

    /** A canonical entity id as a URI: geonames:&lt;id&gt; and wikidata:&lt;Qid&gt; expand; others kept when valid. */
    static Optional<String> entity(String canonicalId) {
        if (canonicalId == null) {
            return Optional.empty();
        }
        if (canonicalId.startsWith("geonames:")) {
            return absolute("https://sws.geonames.org/" + canonicalId.substring("geonames:".length()) + "/");
        }
        if (canonicalId.startsWith("wikidata:")) {
            return absolute("http://www.wikidata.org/entity/" + canonicalId.substring("wikidata:".length()));
        }
        return absolute(canonicalId);
    }

    private static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : (text == null ? "" : text).getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~:".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }
}
