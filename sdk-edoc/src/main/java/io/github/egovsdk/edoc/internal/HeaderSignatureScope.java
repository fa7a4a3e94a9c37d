package io.github.egovsdk.edoc.internal;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Where an envelope signature sits and what it covers, read from the header DOM before verifying: exactly one
 * signature, in {@code edXMLHeader}; "header-scoped" when each reference is {@code URI=""} with an XPath Filter 2.0
 * {@code intersect} selecting the header (the shape {@link HeaderSigning} writes) — then verifying the header alone
 * is exact.
 */
public record HeaderSignatureScope(int signatureCount, boolean signatureInHeader, boolean headerScoped) {
    private static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    private static final String FILTER2 = "http://www.w3.org/2002/06/xmldsig-filter2";

    public static HeaderSignatureScope of(Document header) {
        NodeList signatures = header.getElementsByTagNameNS(DSIG, "Signature");
        if (signatures.getLength() != 1) {
            return new HeaderSignatureScope(signatures.getLength(), false, false);
        }
        Element sig = (Element) signatures.item(0);
        Node parent = sig.getParentNode();
        boolean inHeader = parent instanceof Element p
                && "edXMLHeader".equals(p.getLocalName())
                && XmlOut.NS.equals(p.getNamespaceURI());
        NodeList refs = sig.getElementsByTagNameNS(DSIG, "Reference");
        boolean scoped = refs.getLength() > 0;
        for (int i = 0; i < refs.getLength() && scoped; i++) {
            scoped = headerScoped((Element) refs.item(i));
        }
        return new HeaderSignatureScope(1, inHeader, scoped);
    }

    private static boolean headerScoped(Element reference) {
        if (!reference.getAttribute("URI").isEmpty()) {
            return false;
        }
        NodeList xpaths = reference.getElementsByTagNameNS(FILTER2, "XPath");
        if (xpaths.getLength() != 1) {
            return false;
        }
        Element xpath = (Element) xpaths.item(0);
        String prefix = "q";
        return "intersect".equals(xpath.getAttribute("Filter"))
                && HeaderSigning.HEADER_XPATH.equals(xpath.getTextContent().trim())
                && XmlOut.NS.equals(xpath.lookupNamespaceURI(prefix));
    }
}
