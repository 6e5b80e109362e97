package io.kawat.publish.internal.ninjs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.Media;
import io.kawat.schemas.avro.TopicTag;
import java.util.List;

/** The ninjs 2.1 forms of subjects, entities and images. */
final class NinjsMetadata {

    private NinjsMetadata() {}

    /** Media Topics with name, URI, the qcode as literal and confidence 0..100. */
    static void subjects(List<TopicTag> topics, ArrayNode out) {
        for (TopicTag t : topics) {
            ObjectNode o = out.addObject().put("name", t.getLabel()).put("literal", t.getQcode());
            NinjsUris.qcode(t.getQcode()).ifPresent(u -> o.put("uri", u));
            o.put("creator", "kawat");
            o.put("confidence", (int) Math.round(Math.max(0, Math.min(1, t.getConfidence())) * 100));
        }
    }

    /** Entities with name, URI from the canonical id and the canonical id as literal. */
    static void entities(List<Entity> entities, ArrayNode out) {
        for (Entity e : entities) {
            ObjectNode o = out.addObject().put("name", e.getName());
            if (e.getCanonicalId() != null) {
                o.put("literal", e.getCanonicalId());
                NinjsUris.entity(e.getCanonicalId()).ifPresent(u -> o.put("uri", u));
            }
        }
    }

    /** An image as a picture association with caption, credit and its original rendition. */
    static ObjectNode image(String name, Media m, ObjectMapper json) {
        ObjectNode o = json.createObjectNode()
                .put("name", name)
                .put("uri", NinjsUris.id(m.getHref()))
                .put("type", "picture");
        if (m.getCaption() != null) {
            o.putArray("descriptions")
                    .addObject()
                    .put("role", "caption")
                    .put("contenttype", "text/plain")
                    .put("value", m.getCaption());
        }
        if (m.getCredit() != null) {
            o.put("by", m.getCredit());
            o.put("copyrightholder", m.getCredit());
        }
        ObjectNode rendition = o.putArray("renditions").addObject().put("name", "original");
        NinjsUris.absolute(m.getHref()).ifPresent(u -> rendition.put("href", u));
        if (m.getMediaType() != null && m.getMediaType().contains("/")) {
            rendition.put("contenttype", m.getMediaType());
        }
        if (m.getWidth() != null) {
            rendition.put("width", m.getWidth());
        }
        if (m.getHeight() != null) {
            rendition.put("height", m.getHeight());
        }
        return o;
    }
}
