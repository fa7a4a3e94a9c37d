package io.github.egovsdk.core.xml;

/**
 * Bounds applied to untrusted XML.
 *
 * @param maxDepth            deepest element nesting
 * @param maxTextLength       longest text node (attachment payloads are read by streaming readers that skip this)
 * @param maxAttributes       attributes on one element
 * @param maxEntityExpansions entity expansions in a document (no DTD is accepted anyway)
 */
public record XmlLimits(int maxDepth, int maxTextLength, int maxAttributes, int maxEntityExpansions) {
    /** 100 levels, 1 MiB per text node, 100 attributes, no entity expansion. */
    public static final XmlLimits DEFAULT = new XmlLimits(100, 1 << 20, 100, 0);

    public XmlLimits {
        if (maxDepth < 1 || maxTextLength < 1 || maxAttributes < 1 || maxEntityExpansions < 0) {
            throw new IllegalArgumentException("XML limits must be positive");
        }
    }
}
