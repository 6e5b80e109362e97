package io.kawat.ingest.internal.safety;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What comes before the root element of an XML document: the root element's name (for format sniffing) and a
 * verdict on its DOCTYPE.
 *
 * <p>Policy: a DOCTYPE that only names an external DTD (as NITF and NewsML 1 files from real providers do) is
 * tolerated and never loaded. So are external parameter entities ({@code <!ENTITY % nitf SYSTEM "...">}), which
 * only pull in DTD modules. Any general entity declaration or internal parameter entity is refused: those are the
 * vehicles of XXE (file and URL) and entity-expansion bombs ("billion laughs").
 *
 * @param rootName the root element's qualified name, null when the text does not start like XML
 * @param doctype the verdict on the DOCTYPE
 * @param doctypeReason why a DOCTYPE was refused, else null
 * @param doctypeStart index of {@code <!DOCTYPE}, -1 when none
 * @param doctypeEnd index just after the DOCTYPE, -1 when none
 */
public record XmlProlog(String rootName, Doctype doctype, String doctypeReason, int doctypeStart, int doctypeEnd) {

    /** Verdict on the document type declaration. */
    public enum Doctype {
        NONE,
        TOLERATED,
        REFUSED
    }

    private static final Pattern ENTITY_DECL = Pattern.compile("<!ENTITY\\s+(%\\s+)?([^\\s>]+)\\s+([^\\s>]+)");
    private static final Pattern NAME = Pattern.compile("[\\p{L}_:][\\p{L}\\p{N}_:.\\-]*");

    /** Scans the prolog of {@code text}; {@code rootName} is null when the text does not start like XML. */
    public static XmlProlog scan(String text) {
        int i = skipWhitespace(text, 0);
        Doctype doctype = Doctype.NONE;
        String reason = null;
        int start = -1;
        int stop = -1;
        while (i < text.length() && text.charAt(i) == '<') {
            if (text.startsWith("<?", i)) {
                i = skipPast(text, i, "?>");
            } else if (text.startsWith("<!--", i)) {
                i = skipPast(text, i, "-->");
            } else if (text.startsWith("<!DOCTYPE", i)) {
                int end = doctypeEnd(text, i);
                String decl = text.substring(i, end < 0 ? text.length() : end);
                reason = refusal(decl);
                doctype = reason == null ? Doctype.TOLERATED : Doctype.REFUSED;
                if (end < 0 || doctype == Doctype.REFUSED) {
                    return new XmlProlog(null, doctype, reason == null ? "unterminated DOCTYPE" : reason, i, end);
                }
                start = i;
                stop = end;
                i = end;
            } else {
                Matcher m = NAME.matcher(text).region(i + 1, Math.min(text.length(), i + 200));
                return new XmlProlog(m.lookingAt() ? m.group() : null, doctype, reason, start, stop);
            }
            if (i < 0) {
                return new XmlProlog(null, doctype, reason, start, stop);
            }
            i = skipWhitespace(text, i);
        }
        return new XmlProlog(null, doctype, reason, start, stop);
    }

    /**
     * The text with a tolerated DOCTYPE blanked out (line breaks kept, so error positions stay right). The DTD is
     * never used, and without it undeclared entities behave the same with or without a DOCTYPE.
     */
    public String withoutDoctype(String text) {
        if (doctype != Doctype.TOLERATED || doctypeStart < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        for (int i = doctypeStart; i < doctypeEnd; i++) {
            if (sb.charAt(i) != '\n' && sb.charAt(i) != '\r') {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    /** The root element's local name (without prefix), or null. */
    public String rootLocalName() {
        if (rootName == null) {
            return null;
        }
        int colon = rootName.indexOf(':');
        return colon < 0 ? rootName : rootName.substring(colon + 1);
    }

    private static String refusal(String decl) {
        Matcher m = ENTITY_DECL.matcher(decl);
        int declarations = 0;
        while (m.find()) {
            declarations++;
            boolean parameter = m.group(1) != null;
            String kind = m.group(3).toUpperCase(Locale.ROOT);
            boolean external = kind.equals("SYSTEM") || kind.equals("PUBLIC");
            if (!parameter) {
                return "DOCTYPE declares entity '" + m.group(2) + "'; entity declarations are refused";
            }
            if (!external) {
                return "DOCTYPE declares internal parameter entity '" + m.group(2) + "'; refused";
            }
        }
        if (declarations < decl.split("<!ENTITY", -1).length - 1) {
            return "DOCTYPE holds an entity declaration that could not be read; refused";
        }
        return null;
    }

    /** Index just after the DOCTYPE's closing '>', honouring quotes, comments and an internal subset; -1 if none. */
    private static int doctypeEnd(String text, int start) {
        boolean inSubset = false;
        char quote = 0;
        for (int i = start + 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (inSubset && text.startsWith("<!--", i)) {
                int close = text.indexOf("-->", i + 4);
                if (close < 0) {
                    return -1;
                }
                i = close + 2;
            } else if (c == '[') {
                inSubset = true;
            } else if (c == ']') {
                inSubset = false;
            } else if (c == '>' && !inSubset) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int skipPast(String text, int from, String terminator) {
        int at = text.indexOf(terminator, from + 2);
        return at < 0 ? -1 : at + terminator.length();
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        while (i >= 0 && i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
