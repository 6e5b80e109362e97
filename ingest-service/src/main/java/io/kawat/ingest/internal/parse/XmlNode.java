package io.kawat.ingest.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A small immutable-after-reading element tree for one item, read by {@link XmlStream}. Lookups go by local name,
 * optionally with a namespace; text is kept with its element boundaries so markup can be written back as HTML.
 */
final class XmlNode {

    private final String ns;
    private final String name;
    private final String lang;
    private final List<String[]> attrs = new ArrayList<>();
    private final List<Object> children = new ArrayList<>();

    XmlNode(String ns, String name, String lang) {
        this.ns = ns == null ? "" : ns;
        this.name = name;
        this.lang = lang;
    }

    void addAttr(String attrNs, String local, String value) {
        attrs.add(new String[] {attrNs == null ? "" : attrNs, local, value});
    }

    void addText(String text) {
        if (!children.isEmpty() && children.get(children.size() - 1) instanceof String last) {
            children.set(children.size() - 1, last + text);
        } else {
            children.add(text);
        }
    }

    void addChild(XmlNode child) {
        children.add(child);
    }

    String name() {
        return name;
    }

    String ns() {
        return ns;
    }

    /** The effective xml:lang (inherited from ancestors), or null. */
    String lang() {
        return lang;
    }

    boolean is(String namespace, String local) {
        return name.equals(local) && ns.equals(namespace);
    }

    /** Attribute by local name, preferring one without namespace; null when absent. */
    String attr(String local) {
        String namespaced = null;
        for (String[] a : attrs) {
            if (a[1].equals(local)) {
                if (a[0].isEmpty()) {
                    return a[2];
                }
                namespaced = namespaced == null ? a[2] : namespaced;
            }
        }
        return namespaced;
    }

    List<String[]> attributes() {
        return attrs;
    }

    /** Element and text children in document order. */
    List<Object> content() {
        return children;
    }

    List<XmlNode> children() {
        List<XmlNode> out = new ArrayList<>();
        for (Object c : children) {
            if (c instanceof XmlNode n) {
                out.add(n);
            }
        }
        return out;
    }

    List<XmlNode> children(String local) {
        return children().stream().filter(c -> c.name.equals(local)).toList();
    }

    List<XmlNode> children(String namespace, String local) {
        return children().stream().filter(c -> c.is(namespace, local)).toList();
    }

    XmlNode child(String local) {
        for (XmlNode c : children()) {
            if (c.name.equals(local)) {
                return c;
            }
        }
        return null;
    }

    XmlNode child(String namespace, String local) {
        for (XmlNode c : children()) {
            if (c.is(namespace, local)) {
                return c;
            }
        }
        return null;
    }

    /** Follows a path of local names through first children; null when any step is missing. */
    XmlNode path(String... locals) {
        XmlNode at = this;
        for (String local : locals) {
            at = at.child(local);
            if (at == null) {
                return null;
            }
        }
        return at;
    }

    /** All descendants with this local name, depth first. */
    List<XmlNode> descendants(String local) {
        List<XmlNode> out = new ArrayList<>();
        collect(local, out);
        return out;
    }

    private void collect(String local, List<XmlNode> out) {
        for (XmlNode c : children()) {
            if (c.name.equals(local)) {
                out.add(c);
            }
            c.collect(local, out);
        }
    }

    /** All text below this element, concatenated as written. */
    String text() {
        StringBuilder sb = new StringBuilder();
        appendText(sb, "");
        return sb.toString();
    }

    /** Text with a space at every element boundary, collapsed; null when blank. For bylines like {@code By<person>}. */
    String spacedText() {
        StringBuilder sb = new StringBuilder();
        appendText(sb, " ");
        return Texts.clean(sb.toString());
    }

    /** Collapsed text, null when blank. */
    String cleanText() {
        return Texts.clean(text());
    }

    /** Collapsed text of the first child with this local name, null when absent or blank. */
    String childText(String local) {
        XmlNode c = child(local);
        return c == null ? null : c.cleanText();
    }

    private void appendText(StringBuilder sb, String boundary) {
        for (Object c : children) {
            if (c instanceof String s) {
                sb.append(s);
            } else {
                sb.append(boundary);
                ((XmlNode) c).appendText(sb, boundary);
                sb.append(boundary);
            }
        }
    }

    @Override
    public String toString() {
        return "<" + name + (Objects.equals(ns, "") ? "" : " xmlns=" + ns) + ">";
    }
}
