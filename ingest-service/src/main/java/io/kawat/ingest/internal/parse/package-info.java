/**
 * Wire-format parsers: bytes in, {@code WireStory} records out. {@link io.kawat.ingest.internal.parse.WireParsers}
 * is the entry point; everything else in this package is its implementation.
 *
 * <p>Policies, in one place:
 * <ul>
 *   <li><b>Format</b> is sniffed from the content only: the XML root element, the JSON shape, or the SOH/STX control
 *       characters of IPTC 7901 and ANPA 1312. File names and Content-Type never decide it.</li>
 *   <li><b>Whole document vs one item.</b> Unknown format, empty input, a document over the size cap, a refused
 *       DOCTYPE, malformed JSON and XML that breaks before the first complete item throw
 *       {@link io.kawat.ingest.internal.parse.WireParseException}. Everything else is per item: a bad item becomes an
 *       {@link io.kawat.ingest.internal.parse.ItemRejection} and the others still arrive. XML is streamed, so a
 *       document that breaks later keeps its complete items and reports the break (KWT-2009). JSON is read whole
 *       (it is capped like any document), so broken JSON fails whole.</li>
 *   <li><b>Provider ids.</b> An empty id counts as absent. RSS falls back to the link, then to
 *       {@code urn:kawat:sha256:} of title and link; NITF without {@code doc-id} to a hash of headline and issue
 *       date; IPTC 7901 and ANPA build one from the envelope. Within one document the first item with an id wins
 *       and later ones are rejected as duplicates (KWT-2105); across documents, repeated ids are versions and are
 *       the caller's business.</li>
 *   <li><b>Dates</b> keep the provider's text in {@code ZonedTime.original}. An unreadable date leaves the field
 *       null and logs a warning; the item is kept. An unreadable <em>embargo</em> rejects the item (KWT-2103),
 *       because publishing embargoed news early is worse than not ingesting it.</li>
 *   <li><b>Headlines</b> are plain text without agency prefixes ({@code CORRECTED-}, {@code UPDATE n-},
 *       {@code REFILE-}), which become signals. Bodies are sanitised HTML plus plain text.</li>
 *   <li><b>Media</b> keep absolute http(s) URLs; NewsML-G2, NITF and ninjs also keep relative references as given
 *       (for the caller to resolve against the document's location). Other schemes are dropped.
 *       {@code ParseContext.defaultCredit} fills media without a credit.</li>
 *   <li><b>Language</b> comes from the document (xml:lang, {@code language}, {@code dc:language}, ninjs
 *       {@code language}), else the context's hint; it is normalised as a BCP 47 tag.</li>
 * </ul>
 */
package io.kawat.ingest.internal.parse;
