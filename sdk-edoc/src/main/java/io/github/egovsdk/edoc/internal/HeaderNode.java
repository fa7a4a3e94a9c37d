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
        String t = text.toString().strip();
        return t.isEmpty() ? null : t;
    }

    public Optional<HeaderNode> child(String localName) {
        return children.stream().filter(c -> c.name.equals(localName)).findFirst();
    }

    public List<HeaderNode> all(String localName) {
        return children.stream().filter(c -> c.name.equals(localName)).toList();
    }

    /** Text of a direct child, or null. */
    public String text(String localName) {
        return child(localName).map(HeaderNode::text).orElse(null);
    }

    public boolean hasChildren() {
        return !children.isEmpty();
    }
}
