package io.kawat.platform.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A service's OpenAPI 3.1 document: the service's own paths ({@code /io/kawat/openapi/<service>.yaml} on the class
 * path, kept in the owning module's resources) merged with the admin paths every service serves ({@code admin.yaml}
 * in platform). {@link io.kawat.platform.http.AdminServer} serves it at {@code /openapi.json} and refuses to start
 * when its routes and the document disagree, so a route cannot ship undocumented.
 */
public final class OpenApiDocument {
    static final String ADMIN = "/io/kawat/openapi/admin.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final ObjectNode json;

    private OpenApiDocument(ObjectNode json) {
        this.json = json;
    }

    /** The document of {@code service}: admin paths, plus the service's own when it has a document. */
    public static OpenApiDocument forService(String service) {
        ObjectNode admin = read(ADMIN);
        ObjectNode own = exists("/io/kawat/openapi/" + service + ".yaml")
                ? read("/io/kawat/openapi/" + service + ".yaml")
                : null;
        if (own == null) {
            child(admin, "info").put("title", "Kawat " + service + " (admin endpoints)");
            return new OpenApiDocument(admin);
        }
        merge(own, admin, "paths");
        merge(child(own, "components"), child(admin, "components"), "schemas");
        merge(child(own, "components"), child(admin, "components"), "responses");
        return new OpenApiDocument(own);
    }

    /** Parses a document (YAML or JSON) from the class path. */
    public static OpenApiDocument fromResource(String resource) {
        return new OpenApiDocument(read(resource));
    }

    public JsonNode json() {
        return json;
    }

    /** Every documented operation as {@code "GET /api/articles/{id}"}. */
    public Set<String> operations() {
        Set<String> out = new TreeSet<>();
        json.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                    if (METHODS.contains(method)) {
                        out.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }));
        return out;
    }

    /**
     * What the routes and the document disagree on: routes the document lacks, and documented operations no route
     * serves; empty when they agree. Routes are {@code "METHOD /path"} with Javalin's {@code {param}} or
     * {@code <param>} segments.
     */
    public List<String> mismatches(Set<String> routes) {
        Set<String> served = new TreeSet<>();
        routes.forEach(r -> served.add(r.replace('<', '{').replace('>', '}')));
        Set<String> documented = operations();
        List<String> out = new ArrayList<>();
        served.stream()
                .filter(r -> !documented.contains(r))
                .forEach(r -> out.add("route not in the OpenAPI document: " + r));
        documented.stream()
                .filter(d -> !served.contains(d))
                .forEach(d -> out.add("documented operation without a route: " + d));
        return out;
    }

    private static void merge(ObjectNode into, ObjectNode from, String field) {
        ObjectNode target = child(into, field);
        Iterator<Map.Entry<String, JsonNode>> it = from.path(field).fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!target.has(e.getKey())) {
                target.set(e.getKey(), e.getValue());
            }
        }
    }

    private static ObjectNode child(ObjectNode parent, String field) {
        JsonNode node = parent.get(field);
        return node instanceof ObjectNode object ? object : parent.putObject(field);
    }

    private static boolean exists(String resource) {
        return OpenApiDocument.class.getResource(resource) != null;
    }

    private static ObjectNode read(String resource) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no OpenAPI document " + resource + " on the class path");
            }
            return (ObjectNode) YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable OpenAPI document " + resource, e);
        }
    }
}
