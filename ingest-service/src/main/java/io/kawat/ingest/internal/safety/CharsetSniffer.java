package io.kawat.ingest.internal.safety;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the charset of a document: byte order mark, then the transport header's charset, then the XML
 * declaration, then detection (strict UTF-8, else ICU4J's {@link CharsetDetector}).
 *
 * <p>Feeds lie about their encoding, so a declared charset is only taken when the bytes agree with it: a declared
 * UTF-8 (or other multi-byte charset) must decode without error, and a declared single-byte charset is overridden
 * when the bytes are valid UTF-8 holding non-ASCII characters (text in ISO-8859-1 is practically never valid UTF-8).
 * As in browsers, ISO-8859-1 and US-ASCII labels decode as windows-1252, their superset.
 */
public final class CharsetSniffer {

    private static final Logger LOG = LoggerFactory.getLogger(CharsetSniffer.class);
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final Pattern XML_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)[\"']");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int DETECTION_SAMPLE = 64 * 1024;

    /** Decodes {@code raw}; {@code contentTypeHeader} may be null and is only read for its charset parameter. */
    public DecodedText decode(byte[] raw, String contentTypeHeader) {
        Bom bom = Bom.of(raw);
        if (bom != null) {
            return new DecodedText(
                    new String(raw, bom.length, raw.length - bom.length, bom.charset), bom.charset, "bom", false);
        }
        boolean overridden = false;
        Optional<Charset> header = headerCharset(contentTypeHeader);
        if (header.isPresent()) {
            Optional<String> text = decodeIfTruthful(raw, header.get());
            if (text.isPresent()) {
                return new DecodedText(text.get(), effective(header.get()), "header", false);
            }
            overridden = true;
        }
        Optional<Charset> declared = declaredCharset(raw);
        if (declared.isPresent()) {
            Optional<String> text = decodeIfTruthful(raw, declared.get());
            if (text.isPresent()) {
                return new DecodedText(text.get(), effective(declared.get()), "declaration", overridden);
            }
            overridden = true;
        }
        if (overridden) {
            LOG.debug("declared charset does not match the bytes; detecting");
        }
        return detect(raw, overridden);
    }

    private DecodedText detect(byte[] raw, boolean overridden) {
        Optional<String> utf8 = strictDecode(raw, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new DecodedText(utf8.get(), StandardCharsets.UTF_8, "detected", overridden);
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(raw.length > DETECTION_SAMPLE ? Arrays.copyOf(raw, DETECTION_SAMPLE) : raw);
        for (CharsetMatch match : detector.detectAll()) {
            Optional<Charset> charset = lookup(match.getName());
            if (charset.isPresent() && !charset.get().equals(StandardCharsets.UTF_8)) {
                Optional<String> text = strictDecode(raw, effective(charset.get()));
                if (text.isPresent()) {
                    return new DecodedText(text.get(), effective(charset.get()), "detected", overridden);
                }
            }
        }
        return new DecodedText(new String(raw, WINDOWS_1252), WINDOWS_1252, "detected", overridden);
    }

    private static Optional<String> decodeIfTruthful(byte[] raw, Charset declared) {
        Charset charset = effective(declared);
        if (isSingleByte(charset)) {
            if (hasNonAscii(raw)) {
                Optional<String> utf8 = strictDecode(raw, StandardCharsets.UTF_8);
                if (utf8.isPresent()) {
                    return Optional.empty();
                }
            }
            return Optional.of(new String(raw, charset));
        }
        return strictDecode(raw, charset);
    }

    private static Optional<String> strictDecode(byte[] raw, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static Optional<Charset> headerCharset(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? lookup(m.group(1)) : Optional.empty();
    }

    static Optional<Charset> declaredCharset(byte[] raw) {
        if (raw.length >= 4 && raw[0] == 0 && raw[1] == '<' && raw[2] == 0 && raw[3] == '?') {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (raw.length >= 4 && raw[0] == '<' && raw[1] == 0 && raw[2] == '?' && raw[3] == 0) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        String head = new String(raw, 0, Math.min(raw.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        return m.find() ? lookup(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> lookup(String name) {
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }

    private static Charset effective(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.equals("ISO-8859-1") || name.equals("US-ASCII") ? WINDOWS_1252 : charset;
    }

    private static boolean isSingleByte(Charset charset) {
        return charset.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    private static boolean hasNonAscii(byte[] raw) {
        for (byte b : raw) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private enum Bom {
        UTF32_BE(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, Charset.forName("UTF-32BE")),
        UTF32_LE(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, Charset.forName("UTF-32LE")),
        UTF8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
        UTF16_BE(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
        UTF16_LE(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE);

        private final byte[] mark;
        private final int length;
        private final Charset charset;

        Bom(byte[] mark, Charset charset) {
            this.mark = mark;
            this.length = mark.length;
            this.charset = charset;
        }

        static Bom of(byte[] raw) {
            for (Bom bom : values()) {
                if (raw.length >= bom.length && Arrays.equals(raw, 0, bom.length, bom.mark, 0, bom.length)) {
                    return bom;
                }
            }
            return null;
        }
    }
}
