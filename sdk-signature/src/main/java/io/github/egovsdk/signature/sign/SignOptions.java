package io.github.egovsdk.signature.sign;

import java.util.Objects;

/**
 * What one signature looks like besides its level and key: its {@link Packaging} (tùy chọn ký). XAdES and CAdES take
 * these as they are ({@code SignOptions.detached()}); PAdES takes {@code PadesOptions}, which adds the signature
 * dictionary's name, reason, location and visible appearance and is always enveloped.
 */
public interface SignOptions {

    /** Where the signature sits relative to the signed data. */
    Packaging packaging();

    /** The signature inside the document (XAdES: last child of the root element). */
    static SignOptions enveloped() {
        return of(Packaging.ENVELOPED);
    }

    /** The document inside the signature (XAdES {@code ds:Object}, CAdES {@code .p7m}). */
    static SignOptions enveloping() {
        return of(Packaging.ENVELOPING);
    }

    /** The signature as a separate file (XAdES by reference, CAdES {@code .p7s}). */
    static SignOptions detached() {
        return of(Packaging.DETACHED);
    }

    static SignOptions of(Packaging packaging) {
        return new Plain(packaging);
    }

    /** Options that are a packaging only. */
    record Plain(Packaging packaging) implements SignOptions {
        public Plain {
            Objects.requireNonNull(packaging, "packaging");
        }
    }
}
