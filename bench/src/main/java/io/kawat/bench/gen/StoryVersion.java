package io.kawat.bench.gen;

import java.time.Instant;
import java.util.List;

/**
 * One version of a generated story, as a source files it.
 *
 * @param source who files it
 * @param guid the provider id; the story id downstream is {@code source.id + ":" + guid}
 * @param version 1 for the first version, then 2, 3, ... for updates and the kill
 * @param kind first version, update or kill
 * @param event index of the event (cluster) the story tells
 * @param copyOf guid of the story this one syndicates (a near-copy), or null
 * @param language language of the copy
 * @param headline the headline
 * @param paragraphs body paragraphs, plain text
 * @param created when this version was created (provider time)
 */
public record StoryVersion(
        BenchSource source,
        String guid,
        int version,
        Kind kind,
        int event,
        String copyOf,
        String language,
        String headline,
        List<String> paragraphs,
        Instant created) {

    /** What a version is. */
    public enum Kind {
        NEW,
        UPDATE,
        KILL
    }

    public StoryVersion {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The story id Kawat gives it. */
    public String storyId() {
        return source.id() + ":" + guid;
    }

    /**
     * The item's link, different for every version: articles credit it ({@code Article.infoSources[].url}), which is
     * how the load driver tells which version of a story an article version shows.
     */
    public String url() {
        return url(source.id(), guid, version);
    }

    /** The link of a version. */
    public static String url(String sourceId, String guid, int version) {
        return "https://wire.bench.kawat.test/" + sourceId + "/" + guid + "?v=" + version;
    }

    /** The version number in a link written by {@link #url}, or -1. */
    public static int versionOf(String url) {
        if (url == null) {
            return -1;
        }
        int at = url.lastIndexOf("?v=");
        try {
            return at < 0 ? -1 : Integer.parseInt(url.substring(at + 3));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
