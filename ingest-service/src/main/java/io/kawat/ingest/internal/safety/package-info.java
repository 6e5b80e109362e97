/**
 * Input hardening shared by the parsers: hardened StAX readers and the DOCTYPE policy
 * ({@link io.kawat.ingest.internal.safety.SecureXml}, {@link io.kawat.ingest.internal.safety.XmlProlog}), charset
 * choice for lying feeds ({@link io.kawat.ingest.internal.safety.CharsetSniffer}) and HTML sanitising
 * ({@link io.kawat.ingest.internal.safety.HtmlSanitizer}).
 */
package io.kawat.ingest.internal.safety;
