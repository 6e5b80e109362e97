package io.kawat.ingest.internal.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON side of {@link WireParsers}: ninjs (one object or an array of them) and AP Media API envelopes. Jackson
 * reads with nesting and string-length caps; anything else is refused as unsupported JSON.
 */
final class JsonDocuments {

    private static final int MAX_NESTING = 64;

    private final ObjectMapper mapper;

    JsonDocuments(ParseLimits limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(limits.maxDocumentBytes())
                        .build())
                .build();
        mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** A JSON document read and classified. */
    record Classified(WireFormat format, List<JsonNode> items) {}

    Classified classify(String text) throws WireParseException {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new WireParseException(ParseError.KWT_2007_INVALID_JSON, e.getOriginalMessage(), e);
        }
        List<JsonNode> apItems = ApMediaFormat.items(root);
        if (!apItems.isEmpty()) {
            return new Classified(WireFormat.AP_MEDIA, apItems);
        }
        if (NinjsFormat.looksLikeNinjs(root)) {
            return new Classified(WireFormat.NINJS, List.of(root));
        }
        if (root != null && root.isArray() && root.size() > 0 && NinjsFormat.looksLikeNinjs(root.get(0))) {
            List<JsonNode> items = new ArrayList<>();
            root.elements().forEachRemaining(items::add);
            return new Classified(WireFormat.NINJS, items);
        }
        throw new WireParseException(
                ParseError.KWT_2006_UNSUPPORTED_JSON,
                "JSON without ninjs fields (uri or guid with headline, bodies, ...) or an AP Media data.item");
    }

    static void read(Classified doc, ItemCollector items) {
        for (JsonNode item : doc.items()) {
            if (!items.acceptMore()) {
                return;
            }
            if (doc.format() == WireFormat.AP_MEDIA) {
                items.item(d -> ApMediaFormat.map(item, d));
            } else {
                items.item(d -> {
                    if (!NinjsFormat.looksLikeNinjs(item)) {
                        throw new ItemRejectedException(ParseError.KWT_2106_INVALID_ITEM, "array element is not ninjs");
                    }
                    NinjsFormat.map(item, d);
                });
            }
        }
    }
}
