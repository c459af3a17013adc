package dev.tandem.screening.core.list;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of a small XML record held in memory: name, the line where it starts, its own text and its
 * child elements in document order. Built by {@link SecureXmlRecords} one record at a time, so memory stays
 * proportional to the largest record, not the file. Mutable while being built, read-only afterwards.
 */
final class XmlNode {

    private final String name;
    private final long line;
    private final StringBuilder text = new StringBuilder();
    private final List<XmlNode> children = new ArrayList<>();

    XmlNode(String name, long line) {
        this.name = name;
        this.line = line;
    }

    String name() {
        return name;
    }

    long line() {
        return line;
    }

    /** This element's own text, whitespace cleaned; "" when it has none. */
    String text() {
        return Text.clean(text.toString());
    }

    /** The cleaned text of the first child of that name, or null when absent or blank. */
    String childText(String childName) {
        for (XmlNode child : children) {
            if (child.name.equals(childName)) return Text.cleanOrNull(child.text.toString());
        }
        return null;
    }

    List<XmlNode> children(String childName) {
        List<XmlNode> found = new ArrayList<>();
        for (XmlNode child : children) {
            if (child.name.equals(childName)) found.add(child);
        }
        return found;
    }

    /** The text of this element and all its descendants, each piece separated by a space. */
    String allText() {
        StringBuilder all = new StringBuilder();
        appendAllText(all);
        return all.toString();
    }

    void appendText(String more) {
        text.append(more);
    }

    void addChild(XmlNode child) {
        children.add(child);
    }

    private void appendAllText(StringBuilder all) {
        all.append(text).append(' ');
        for (XmlNode child : children) child.appendAllText(all);
    }
}
