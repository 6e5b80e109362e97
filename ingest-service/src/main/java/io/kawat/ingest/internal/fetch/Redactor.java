package io.kawat.ingest.internal.fetch;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Masks the caller's header values (credentials) in any text that may reach a log or a message, e.g. an exception
 * message echoing a request. Both the whole value and its longer words ("Bearer &lt;token&gt;" → the token) are masked.
 */
final class Redactor {
    private static final int MIN_SECRET_LENGTH = 6;
    private static final String MASK = "***";

    private final List<String> secrets;

    Redactor(Collection<String> headerValues) {
        this.secrets = headerValues.stream()
                .filter(Objects::nonNull)
                .flatMap(v -> Stream.concat(Stream.of(v.strip()), Stream.of(v.split("[\\s,;:=]+"))))
                .filter(s -> s.length() >= MIN_SECRET_LENGTH)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        return out;
    }
}
