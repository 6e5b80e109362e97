package io.kawat.training.topics;

import io.kawat.training.TrainingData;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * A topic corpus of one language, as the trainer and the evaluator read it.
 *
 * @param name corpus folder in the training cache
 * @param language ISO 639-1 code (the analyzer language)
 * @param stories all its stories (split with {@link TopicCorpora#split})
 */
record LanguageCorpus(String name, String language, List<LabelledStory> stories) {

    /** The corpora present in the cache (at least one, else a clear error naming the gather step). */
    static List<LanguageCorpus> available() {
        List<LanguageCorpus> out = new ArrayList<>();
        if (Files.isDirectory(TrainingData.root().resolve("masakhanews-eng"))) {
            out.add(new LanguageCorpus("masakhanews-eng", "en", TopicCorpora.masakhaNewsEnglish()));
        }
        if (out.isEmpty()) {
            TrainingData.corpus("masakhanews-eng"); // throws with the gather hint
        }
        return out;
    }
}
