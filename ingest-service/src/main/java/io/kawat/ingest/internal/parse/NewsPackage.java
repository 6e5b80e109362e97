package io.kawat.ingest.internal.parse;

import java.util.List;

/**
 * A NewsML-G2 {@code packageItem} read from a document: a grouping of news items by reference, not a story. Its news
 * items are ingested wherever they come (inline in the same message or in their own documents).
 *
 * @param index position of the package among the document's items
 * @param guid the package's guid, nullable (some providers send packages without one)
 * @param version the package's version, nullable
 * @param itemRefs the {@code residref} of every {@code itemRef} it groups, in document order
 */
public record NewsPackage(int index, String guid, String version, List<String> itemRefs) {

    public NewsPackage {
        itemRefs = List.copyOf(itemRefs);
    }
}
