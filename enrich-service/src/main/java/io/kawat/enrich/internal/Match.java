package io.kawat.enrich.internal;

/**
 * The matcher's decision for one story.
 *
 * @param duplicateOf story id of the original when the story is a near-duplicate (syndicated copy), else null
 * @param clusterId event cluster id shared by stories about the same event; a lone story founds its own
 */
public record Match(String duplicateOf, String clusterId) {}
