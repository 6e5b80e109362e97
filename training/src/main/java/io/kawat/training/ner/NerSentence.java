package io.kawat.training.ner;

import java.util.List;

/**
 * A sentence of a NER corpus: its tokens, its gold names and the document it belongs to.
 *
 * @param tokens the tokens as written
 * @param names the gold names (token ranges, Kawat types)
 * @param document index of the document in its file (a sentence alone where the corpus has no documents)
 */
public record NerSentence(List<String> tokens, List<Name> names, int document) {

    /** A name over tokens [start, end) of one of the types PERSON, ORGANISATION, PLACE. */
    public record Name(int start, int end, String type) {}
}
