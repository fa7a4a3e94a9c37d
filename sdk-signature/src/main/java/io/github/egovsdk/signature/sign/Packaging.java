package io.github.egovsdk.signature.sign;

/**
 * Where the signature sits relative to the signed data (ETSI / EU DSS "signature packaging").
 *
 * <ul>
 *   <li>{@link #ENVELOPED} — the signature is inside the document: PAdES always, XAdES as the root's last child;</li>
 *   <li>{@link #ENVELOPING} — the document is inside the signature: XAdES {@code ds:Object}, CAdES {@code .p7m};</li>
 *   <li>{@link #DETACHED} — the signature is a separate file: XAdES by file-name reference, CAdES {@code .p7s}.</li>
 * </ul>
 */
public enum Packaging {
    ENVELOPED,
    ENVELOPING,
    DETACHED
}
