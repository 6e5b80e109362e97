package io.kawat.bench.gen;

import java.util.List;

/**
 * A wire source the load driver impersonates: its id (the push path and the story id prefix), display name, the
 * language it files in and the format it pushes. Kills always go as ninjs, which carries a pubstatus; RSS and Atom
 * carry the item's link, which articles credit, so the driver can tell which version of a story an article shows.
 *
 * @param id source id
 * @param name display name, as configured in the pipeline's sources list
 * @param language ISO 639-1 code of its copy
 * @param format the document format of its pushes
 */
public record BenchSource(String id, String name, String language, Format format) {

    /** Document formats the driver writes. */
    public enum Format {
        RSS,
        ATOM
    }

    /** Seventeen agencies and broadcasters in eight languages, about half pushing RSS 2.0 and half Atom 1.0. */
    public static List<BenchSource> all() {
        return List.of(
                new BenchSource("reuters", "Reuters", "en", Format.ATOM),
                new BenchSource("ap", "Associated Press", "en", Format.ATOM),
                new BenchSource("afp", "AFP", "en", Format.ATOM),
                new BenchSource("voa-en", "VOA News", "en", Format.RSS),
                new BenchSource("bbc", "BBC News", "en", Format.RSS),
                new BenchSource("guardian", "The Guardian", "en", Format.RSS),
                new BenchSource("euronews", "Euronews", "en", Format.RSS),
                new BenchSource("aljazeera", "Al Jazeera", "en", Format.RSS),
                new BenchSource("dpa", "dpa", "de", Format.ATOM),
                new BenchSource("heise", "heise online", "de", Format.RSS),
                new BenchSource("lusa", "Lusa", "pt", Format.RSS),
                new BenchSource("ntb", "NTB", "nb", Format.ATOM),
                new BenchSource("efe", "EFE", "es", Format.ATOM),
                new BenchSource("antara", "Antara", "id", Format.RSS),
                new BenchSource("voa-id", "VOA Indonesia", "id", Format.RSS),
                new BenchSource("tt", "TT", "sv", Format.ATOM),
                new BenchSource("ansa", "ANSA", "it", Format.ATOM));
    }
}
