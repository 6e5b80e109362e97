package io.kawat.training.topics;

import java.util.Set;

/**
 * A story of a topic corpus with its gold IPTC Media Topics (top-level qcodes).
 *
 * @param id stable id within the corpus (the source URL or path)
 * @param language ISO 639-1 code
 * @param headline the headline
 * @param body the body text
 * @param labels gold top-level qcodes ("medtop:15000000"); at least one
 */
public record LabelledStory(String id, String language, String headline, String body, Set<String> labels) {}
