package io.kawat.reliability.hostile;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One hostile input sent through one door of a running ingest service, with what the door must answer.
 *
 * @param door    push endpoint, polled feed or drop folder
 * @param name    what the case tries, as shown in the figures
 * @param payload the bytes and transport details, built when the case runs
 * @param expect  the door's answer and the good items that must survive
 */
record HostileCase(Door door, String name, Supplier<Payload> payload, Expectation expect) {

    /** The three doors of ingest. */
    enum Door {
        PUSH,
        FEED,
        FOLDER
    }

    /**
     * What a door answers.
     *
     * @param status    HTTP status of a push answer (ignored for other doors)
     * @param code      the error code the answer must carry ({@code KWT-...}), or null for a clean answer
     * @param kept      guid → expected headline of the good items that must reach {@code wire.stories.v1}
     *                  (an empty headline means any)
     * @param forbidden text that no kept item's headline or body may contain (sanitising)
     */
    record Expectation(int status, String code, Map<String, String> kept, List<String> forbidden) {
        static Expectation refused(int status, String code) {
            return new Expectation(status, code, Map.of(), List.of());
        }

        static Expectation failed(String code) {
            return new Expectation(0, code, Map.of(), List.of());
        }

        Expectation keeping(String guid, String headline) {
            Map<String, String> more = new java.util.LinkedHashMap<>(kept);
            more.put(guid, headline);
            return new Expectation(status, code, more, forbidden);
        }

        Expectation withCode(String errorCode) {
            return new Expectation(status, errorCode, kept, forbidden);
        }

        Expectation without(String... texts) {
            return new Expectation(status, code, kept, List.of(texts));
        }
    }

    /**
     * What is sent: for a feed, the answer of the loopback server (status, headers, body); for a push, the request's
     * body and headers (an {@code Authorization} of "" sends none); for a drop folder, the file (headers name it).
     */
    record Payload(int status, Map<String, String> headers, byte[] body) {
        static Payload of(String contentType, byte[] body) {
            return new Payload(200, Map.of("Content-Type", contentType), body);
        }

        static Payload xml(byte[] body) {
            return of("application/xml", body);
        }

        Payload with(String header, String value) {
            Map<String, String> more = new java.util.LinkedHashMap<>(headers);
            more.put(header, value);
            return new Payload(status, more, body);
        }
    }
}
