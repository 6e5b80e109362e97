package io.kawat.enrich.internal.eval;

import io.kawat.schemas.avro.WireStory;
import java.util.List;

/** One labelled story of the evaluation set. */
record EvalStory(
        WireStory story,
        String language,
        List<List<String>> entities,
        String topic,
        String cluster,
        String duplicateOf) {

    String id() {
        return story.getStoryId();
    }
}
