package io.kawat.enrich.internal.topic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.enrich.internal.resource.ResourceFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The IPTC Media Topics vocabulary (active concepts only): labels per language, the broader concept, and the IPTC
 * subject codes each concept matches exactly. Immutable.
 */
public final class MediaTopics {

    private static final String URI_PREFIX = "http://cv.iptc.org/newscodes/mediatopic/";
    private static final Map<String, String> LABEL_KEYS =
            Map.of("en", "en-GB", "pt", "pt-PT", "zh", "zh-Hans", "da", "dk", "sv", "se");

    private final Map<String, JsonNode> labels = new HashMap<>();
    private final Map<String, String> broader = new HashMap<>();
    private final Map<String, String> bySubjectCode = new HashMap<>();

    private MediaTopics() {}

    /** Loads the bundled vocabulary. */
    public static MediaTopics load() {
        MediaTopics topics = new MediaTopics();
        try (InputStream in = ResourceFiles.open("topic/mediatopics.json")) {
            for (JsonNode c : new ObjectMapper().readTree(in).get("concepts")) {
                String qcode = c.get("qcode").asText();
                topics.labels.put(qcode, c.get("prefLabel"));
                for (JsonNode b : c.get("broader")) {
                    topics.broader.put(qcode, "medtop:" + b.asText().replace(URI_PREFIX, ""));
                }
                for (JsonNode s : c.get("subjectCodes")) {
                    topics.bySubjectCode.put("subj:" + s.asText(), qcode);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Media Topics vocabulary", e);
        }
        return topics;
    }

    /** True for an active concept. */
    public boolean contains(String qcode) {
        return labels.containsKey(qcode);
    }

    /** The broader concept, or null for a top-level one. */
    public String broader(String qcode) {
        return broader.get(qcode);
    }

    /** The top-level ancestor (the concept itself when it is top-level). */
    public String topLevel(String qcode) {
        String q = qcode;
        for (int guard = 0; broader.containsKey(q) && guard < 10; guard++) {
            q = broader.get(q);
        }
        return q;
    }

    /** Depth below the top level: 0 for a top-level concept. */
    public int depth(String qcode) {
        int d = 0;
        for (String q = qcode; broader.containsKey(q) && d < 10; q = broader.get(q)) {
            d++;
        }
        return d;
    }

    /** The concept matching an IPTC subject code ("subj:04000000"), or null. */
    public String bySubjectCode(String subjectQcode) {
        return bySubjectCode.get(subjectQcode);
    }

    /** Label in the language when the vocabulary has it, else British English. */
    public String label(String qcode, String language) {
        JsonNode l = labels.get(qcode);
        if (l == null) {
            return qcode;
        }
        JsonNode own = l.get(LABEL_KEYS.getOrDefault(language, language));
        if (own == null && language.equals("pt")) {
            own = l.get("pt-BR");
        }
        return own != null ? own.asText() : l.path("en-GB").asText(qcode);
    }
}
