package io.kawat.publish.internal.ninjs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.publish.internal.render.ArticleBodyRenderer;
import io.kawat.publish.internal.render.ArticleLinks;
import io.kawat.publish.internal.render.ArticlePlainText;
import io.kawat.publish.internal.render.HtmlSanitizer;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.InfoSource;
import io.kawat.schemas.avro.Media;
import io.kawat.schemas.avro.RelatedLink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps an {@link Article} to IPTC ninjs 2.1 (lower-case property names), valid against ninjs-schema_2.1.json: uri,
 * version, times, pubstatus, headlines, descriptions (standfirst as summary, dateline), bodies (HTML and plain text),
 * byline, slugline, ednote (correction, withdrawal and translation notes), subjects as IPTC Media Topic URIs, people,
 * organisations, places, info sources, images and related articles as associations. Thread-safe.
 */
public final class NinjsMapper {

    static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json";

    private final ObjectMapper json = new ObjectMapper();
    private final ArticlePlainText plainText;
    private final ArticleBodyRenderer body;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    /** A mapper with the chrome loaded from the classpath. */
    public NinjsMapper() {
        this(Chrome.load());
    }

    /** A mapper with the given chrome (for the notes and the plain-text body). */
    public NinjsMapper(Chrome chrome) {
        this.plainText = new ArticlePlainText(chrome);
        this.body = new ArticleBodyRenderer(chrome, ArticleLinks.api());
    }

    /** The article as a ninjs 2.1 object. */
    public ObjectNode toNinjs(Article a) {
        ObjectNode n = json.createObjectNode();
        n.put("uri", NinjsUris.id(a.getUri()));
        n.put("type", "text");
        n.put("representationtype", "full");
        n.put("version", Long.toString(a.getVersion()));
        n.put("firstcreated", time(a.getFirstCreated()));
        n.put("versioncreated", time(a.getVersionCreated()));
        if (a.getEmbargoedUntil() != null) {
            n.put("embargoed", time(a.getEmbargoedUntil()));
        }
        n.put("pubstatus", a.getPubStatus().name().toLowerCase(Locale.ROOT));
        n.put("language", a.getLanguage());
        ednote(a, n);
        n.set("headlines", json.createArrayNode().add(text("main", null, a.getHeadline())));
        descriptions(a, n);
        bodies(a, n);
        if (a.getByline() != null && !a.getByline().isBlank()) {
            n.put("by", a.getByline());
        }
        n.put("slugline", a.getSlug());
        NinjsMetadata.subjects(a.getSubjects(), n.putArray("subjects"));
        NinjsMetadata.entities(a.getPeople(), n.putArray("people"));
        NinjsMetadata.entities(a.getOrganisations(), n.putArray("organisations"));
        NinjsMetadata.entities(a.getPlaces(), n.putArray("places"));
        infoSources(a.getInfoSources(), n.putArray("infosources"));
        associations(a, n.putArray("associations"));
        n.putArray("altids").addObject().put("role", "kawat-cluster").put("value", a.getClusterId());
        n.putObject("standard").put("name", "ninjs").put("version", "2.1").put("schema", SCHEMA);
        return n;
    }

    private void ednote(Article a, ObjectNode n) {
        List<String> notes = new ArrayList<>();
        if (a.getCorrectionNote() != null && !a.getCorrectionNote().isBlank()) {
            notes.add(a.getCorrectionNote());
        }
        String translation = body.translationNote(a);
        if (translation != null) {
            notes.add(translation);
        }
        if (!notes.isEmpty()) {
            n.put("ednote", String.join(" ", notes));
        }
    }

    private void descriptions(Article a, ObjectNode n) {
        ArrayNode descriptions = json.createArrayNode();
        if (a.getStandfirst() != null && !a.getStandfirst().isBlank()) {
            descriptions.add(text("summary", "text/plain", a.getStandfirst()));
        }
        if (a.getDateline() != null && !a.getDateline().isBlank()) {
            descriptions.add(text("dateline", "text/plain", a.getDateline()));
        }
        if (!descriptions.isEmpty()) {
            n.set("descriptions", descriptions);
        }
    }

    private void bodies(Article a, ObjectNode n) {
        String html = a.getBodyHtml() == null || a.getBodyHtml().isBlank()
                ? body.render(a)
                : sanitizer.clean(a.getBodyHtml());
        String plain = plainText.render(a);
        ArrayNode bodies = n.putArray("bodies");
        bodies.add(text("main", "text/html", html));
        ObjectNode text = text("main", "text/plain", plain);
        text.put("charcount", plain.length());
        text.put("wordcount", plain.isBlank() ? 0 : plain.trim().split("\\s+").length);
        bodies.add(text);
    }

    private static void infoSources(List<InfoSource> sources, ArrayNode out) {
        for (InfoSource s : sources) {
            ObjectNode o = out.addObject()
                    .put("name", s.getName())
                    .put("role", s.getRole())
                    .put("literal", s.getStoryId());
            NinjsUris.webUrl(s.getUrl()).ifPresent(u -> o.put("uri", u));
        }
    }

    private void associations(Article a, ArrayNode out) {
        int i = 0;
        for (Media m : a.getImages()) {
            out.add(NinjsMetadata.image("image" + ++i, m, json));
        }
        i = 0;
        for (RelatedLink r : a.getRelated()) {
            ObjectNode o = out.addObject()
                    .put("name", "related" + ++i)
                    .put("uri", NinjsUris.id(r.getUri()))
                    .put("type", "text");
            o.putArray("headlines").add(text("main", null, r.getHeadline()));
        }
    }

    private ObjectNode text(String role, String contentType, String value) {
        ObjectNode o = json.createObjectNode().put("role", role);
        if (contentType != null) {
            o.put("contenttype", contentType);
        }
        return o.put("value", value == null ? "" : value);
    }

    private static String time(Instant t) {
        return t.toString();
    }
}
