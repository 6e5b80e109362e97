package io.kawat.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kawat.schemas.registry.internal.Backoff;
import io.kawat.schemas.registry.internal.RegistryHttp;
import io.kawat.schemas.registry.internal.Responses;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * {@link SchemaRegistryClient} over the Confluent REST API with the JDK HTTP client.
 *
 * <p>Schemas are sent in Avro's canonical JSON text ({@link Schema#toString()}), as Confluent's serializers send
 * them: Confluent normalises what it receives, but Apicurio compares the text, so the same text is what makes
 * "the same schema gives the same id" hold on both. Ids are cached (they never change), and so are the answers to
 * {@link #register} and {@link #lookup} per (subject, schema); deleting through this client forgets the subject's
 * entries. Caches are unbounded: a service sees a handful of schemas.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {
    private final RegistryHttp http;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, RegisteredSchema> versionsBySubjectSchema = new ConcurrentHashMap<>();

    public RestSchemaRegistryClient(RegistryClientConfig config) {
        this(config, Backoff.DEFAULT, duration -> Thread.sleep(duration.toMillis()));
    }

    /** With another backoff and a way to wait, for tests. */
    RestSchemaRegistryClient(RegistryClientConfig config, Backoff backoff, RegistryHttp.Sleeper sleeper) {
        this.http = new RegistryHttp(config, backoff, sleeper, json);
    }

    @Override
    public int register(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema.toString());
        Integer cached = idsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        // Not computeIfAbsent: no map lock is held during the HTTP call; a race only registers twice, same id.
        String path = subjectPath(subject) + "/versions";
        int id = Responses.requiredInt(http.post(path, schemaBody(key.text())), "id", "POST " + path);
        schemasById.putIfAbsent(id, schema);
        idsBySubjectSchema.putIfAbsent(key, id);
        return id;
    }

    @Override
    public Schema schemaById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        String path = "/schemas/ids/" + id;
        Schema schema = Responses.schema(http.get(path), "GET " + path);
        Schema raced = schemasById.putIfAbsent(id, schema);
        return raced != null ? raced : schema;
    }

    @Override
    public RegisteredSchema latestVersion(String subject) {
        return fetchVersion(subject, "latest");
    }

    @Override
    public RegisteredSchema version(String subject, int version) {
        return fetchVersion(subject, Integer.toString(version));
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema.toString());
        RegisteredSchema cached = versionsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        String path = subjectPath(subject);
        RegisteredSchema found = Responses.registered(http.post(path, schemaBody(key.text())), subject, "POST " + path);
        schemasById.putIfAbsent(found.id(), found.schema());
        versionsBySubjectSchema.putIfAbsent(key, found);
        return found;
    }

    @Override
    public CompatibilityResult checkCompatibility(String subject, Schema schema) {
        String path = "/compatibility" + subjectPath(subject) + "/versions/latest?verbose=true";
        return Responses.compatibility(http.post(path, schemaBody(schema.toString())));
    }

    @Override
    public CompatibilityLevel globalCompatibility() {
        return Responses.level(http.get("/config"), "GET /config");
    }

    @Override
    public void setGlobalCompatibility(CompatibilityLevel level) {
        http.put("/config", levelBody(level));
    }

    @Override
    public CompatibilityLevel subjectCompatibility(String subject) {
        String path = "/config/" + Responses.segment(subject) + "?defaultToGlobal=true";
        return Responses.level(http.get(path), "GET " + path);
    }

    @Override
    public void setSubjectCompatibility(String subject, CompatibilityLevel level) {
        http.put("/config/" + Responses.segment(subject), levelBody(level));
    }

    @Override
    public List<String> subjects() {
        return Responses.strings(http.get("/subjects"));
    }

    @Override
    public List<Integer> versions(String subject) {
        return Responses.ints(http.get(subjectPath(subject) + "/versions"));
    }

    @Override
    public List<Integer> deleteSubject(String subject, boolean permanent) {
        forget(subject);
        return Responses.ints(http.delete(subjectPath(subject) + (permanent ? "?permanent=true" : "")));
    }

    @Override
    public int deleteVersion(String subject, int version, boolean permanent) {
        forget(subject);
        String path = subjectPath(subject) + "/versions/" + version + (permanent ? "?permanent=true" : "");
        return http.delete(path).asInt();
    }

    @Override
    public void close() {
        // The JDK 17 HttpClient has no close(); its threads end when it is unreachable. Only the caches go.
        schemasById.clear();
        idsBySubjectSchema.clear();
        versionsBySubjectSchema.clear();
    }

    private RegisteredSchema fetchVersion(String subject, String version) {
        String path = subjectPath(subject) + "/versions/" + version;
        RegisteredSchema found = Responses.registered(http.get(path), subject, "GET " + path);
        schemasById.putIfAbsent(found.id(), found.schema());
        return found;
    }

    private void forget(String subject) {
        idsBySubjectSchema.keySet().removeIf(key -> key.subject().equals(subject));
        versionsBySubjectSchema.keySet().removeIf(key -> key.subject().equals(subject));
    }

    private static String subjectPath(String subject) {
        return "/subjects/" + Responses.segment(subject);
    }

    private JsonNode schemaBody(String schemaText) {
        // No schemaType: AVRO is the default everywhere, and older registries reject the field.
        ObjectNode body = json.createObjectNode();
        body.put("schema", schemaText);
        return body;
    }

    private JsonNode levelBody(CompatibilityLevel level) {
        ObjectNode body = json.createObjectNode();
        body.put("compatibility", level.name());
        return body;
    }

    private record SubjectSchema(String subject, String text) {}
}
