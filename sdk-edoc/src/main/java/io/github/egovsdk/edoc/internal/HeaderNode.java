package io.github.egovsdk.edoc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small element tree of the message header (kilobytes), matched by local name as real receivers do. */
public final class HeaderNode {
    private final String name;
    private final String namespace;
    private final List<HeaderNode> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    public HeaderNode(String name, String namespace) {
        this.name = name;
        this.namespace = namespace;
    }

    public String name() {
        return name;
    }

    public String namespace() {
        return namespace;
    }

    public List<HeaderNode> children() {
        return children;
    }

    void add(HeaderNode child) {
        children.add(child);
    }

    void appendText(char[] chars, int start, int length) {
        text.append(chars, start, length);
    }

    int textLength() {
        return text.length();
    }

    /** The trimmed text, or null when empty. */
    public String text() {
        if (text.length() == 0) {
            return null;
        }
        String t = text.toString().strip();
        return t.isEmpty() ? null : t;
    }

    public Optional<HeaderNode> child(String localName) {
        return Optional.ofNullable(first(localName));
    }

    // Plain loops: the mapper looks up a few hundred children per message.
    private HeaderNode first(String localName) {
        for (HeaderNode c : children) {
            if (c.name.equals(localName)) {
                return c;
            }
        }
        return null;
    }

    public List<HeaderNode> all(String localName) {
        List<HeaderNode> found = new ArrayList<>(2);
        for (HeaderNode c : children) {
            if (c.name.equals(localName)) {
                found.add(c);
            }
        }
        return List.copyOf(found);
    }

    /** Text of a direct child, or null. */
    public String text(String localName) {
        HeaderNode c = first(localName);
        return c == null ? null : c.text();
    }

    public boolean hasChildren() {
        return !children.isEmpty();
    }
}
