package io.kawat.ingest.internal.safety;

import java.nio.charset.Charset;

/**
 * Text decoded from raw bytes.
 *
 * @param text the text, without byte order mark
 * @param charset the charset used
 * @param source where the charset came from: {@code bom}, {@code header}, {@code declaration} or {@code detected}
 * @param overridden true when a declared charset (header or XML declaration) was found to lie and was overridden
 */
public record DecodedText(String text, Charset charset, String source, boolean overridden) {}
