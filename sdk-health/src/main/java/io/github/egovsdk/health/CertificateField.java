package io.github.egovsdk.health;

/** A field (XML element) of an electronic health document: its element name, format and whether it is required. */
public interface CertificateField {
    /** The XML element name, e.g. {@code TEN_CON}. */
    String name();

    FieldFormat format();

    /** Whether the SDK requires it before submission (the authoritative schema is not published). */
    boolean required();
}
