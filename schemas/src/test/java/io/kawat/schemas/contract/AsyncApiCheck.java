package io.kawat.schemas.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.schemas.Topic;
import io.kawat.schemas.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the AsyncAPI document with the {@link Topics} registry: every topic is a channel (dead-letter topics through
 * the {@code {origin}.dlq.v1} channel's origins) and every channel a topic; compaction as provisioned; each Avro topic's
 * payload is the {@code .avsc} of its value class, and that file exists and names the class.
 */
final class AsyncApiCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AsyncApiCheck() {}

    static List<String> mismatches(JsonNode doc, Topics topics, Path documentDir) {
        List<String> out = new ArrayList<>();
        Map<String, JsonNode> channels = new HashMap<>();
        Set<String> dlqOrigins = new HashSet<>();
        doc.path("channels").forEach(c -> {
            String address = c.path("address").asText();
            if (address.equals("{origin}.dlq.v1")) {
                c.path("parameters").path("origin").path("enum").forEach(o -> dlqOrigins.add(o.asText()));
            } else {
                channels.put(address, c);
            }
        });
        Map<String, Class<?>> valueTypes = valueTypes(topics);
        Set<String> seen = new HashSet<>();
        for (Topic<?, ?> topic : topics.all()) {
            String name = topic.name();
            if (name.endsWith(Topics.DEAD_LETTER_SUFFIX)) {
                String origin = name.substring(0, name.length() - Topics.DEAD_LETTER_SUFFIX.length());
                if (!dlqOrigins.remove(origin)) {
                    out.add("dead-letter topic " + name + " is not an origin of the {origin}.dlq.v1 channel");
                }
                continue;
            }
            seen.add(name);
            JsonNode channel = channels.get(name);
            if (channel == null) {
                out.add("topic " + name + " has no channel");
                continue;
            }
            String policy = channel.path("bindings")
                    .path("kafka")
                    .path("topicConfiguration")
                    .path("cleanup.policy")
                    .path(0)
                    .asText();
            String expected = topic.spec().compacted() ? "compact" : "delete";
            if (!policy.equals(expected)) {
                out.add("channel " + name + " says cleanup.policy " + policy + ", the topic is provisioned "
                        + expected);
            }
            Class<?> type = valueTypes.get(name);
            if (type != null) {
                out.addAll(payloadMismatches(doc, channel, name, type, documentDir));
            }
        }
        channels.keySet().stream()
                .filter(address -> !seen.contains(address))
                .forEach(address -> out.add("channel " + address + " is not a Kawat topic"));
        dlqOrigins.forEach(o -> out.add("dead-letter origin " + o + " has no dead-letter topic"));
        return out;
    }

    private static List<String> payloadMismatches(
            JsonNode doc, JsonNode channel, String name, Class<?> type, Path documentDir) {
        List<String> out = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        channel.path("messages").forEach(m -> {
            JsonNode message = m.has("$ref") ? doc.at(m.path("$ref").asText().substring(1)) : m;
            refs.add(message.path("payload").path("schema").path("$ref").asText());
        });
        String wanted = type.getSimpleName() + ".avsc";
        if (refs.size() != 1 || !refs.get(0).endsWith("/" + wanted)) {
            out.add("channel " + name + " carries " + refs + ", its values are " + type.getSimpleName());
            return out;
        }
        Path avsc = documentDir.resolve(refs.get(0)).normalize();
        try {
            JsonNode schema = JSON.readTree(Files.readString(avsc));
            String full = schema.path("namespace").asText() + "."
                    + schema.path("name").asText();
            if (!full.equals(type.getName())) {
                out.add(avsc + " defines " + full + ", not " + type.getName());
            }
        } catch (IOException e) {
            out.add("channel " + name + ": cannot read " + avsc + " (" + e.getMessage() + ")");
        }
        return out;
    }

    /** Topic name → Avro value class, from the generic return types of {@link Topics}' accessors. */
    private static Map<String, Class<?>> valueTypes(Topics topics) {
        Map<String, Class<?>> out = new HashMap<>();
        for (Method m : Topics.class.getMethods()) {
            if (m.getParameterCount() != 0 || m.getReturnType() != Topic.class) {
                continue;
            }
            Type returned = m.getGenericReturnType();
            if (returned instanceof ParameterizedType p && p.getActualTypeArguments()[1] instanceof Class<?> value) {
                if (org.apache.avro.specific.SpecificRecord.class.isAssignableFrom(value)) {
                    try {
                        out.put(((Topic<?, ?>) m.invoke(topics)).name(), value);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return out;
    }

    static JsonNode read(Path yaml) {
        try {
            return new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(yaml.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
