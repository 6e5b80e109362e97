package io.kawat.ingest.internal.parse;

import io.kawat.schemas.avro.WireStory;
import java.util.List;

/**
 * The result of parsing one document: its good items as stories and its bad items as rejections.
 *
 * @param format the sniffed format
 * @param title feed title or provider name, nullable
 * @param stories one story per good item, in document order ({@code versionSeq} 0: the caller assigns versions)
 * @param rejections one entry per bad item, and one for a truncated tail or items beyond the limit
 * @param packages the NewsML-G2 packages of the document (groupings of items, not stories), in document order
 */
public record ParsedDocument(
        WireFormat format,
        String title,
        List<WireStory> stories,
        List<ItemRejection> rejections,
        List<NewsPackage> packages) {

    public ParsedDocument {
        stories = List.copyOf(stories);
        rejections = List.copyOf(rejections);
        packages = List.copyOf(packages);
    }
}
