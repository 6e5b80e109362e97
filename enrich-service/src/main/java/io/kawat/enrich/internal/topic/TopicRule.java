package io.kawat.enrich.internal.topic;

import java.util.List;

/**
 * Evidence for a Media Topic: a phrase (as stems of one language) or an entity key, with a weight.
 *
 * @param qcode the concept the evidence points to
 * @param language ISO 639-1 code of the phrase; "*" for entity evidence
 * @param weight added to the concept's score per occurrence (dampened by frequency)
 * @param stems the phrase's stems in order; empty for entity evidence
 * @param entityKey canonical entity id ("wikidata:Q7184") for entity evidence, else null
 */
record TopicRule(String qcode, String language, double weight, List<String> stems, String entityKey) {}
