package io.github.egovsdk.edoc;

/**
 * What the message's own {@code Signature} element is. The axis re-serialises messages, so an envelope signature
 * never survives transit; legal signatures are on the attached files (PAdES).
 */
public enum EnvelopeSignature {
    /** No Signature element. */
    NONE,
    /** Not in the XML-DSig namespace, the official SDK's constant dummy values, an unparseable certificate, or an
     *  empty {@code DigitalSignature}. */
    PLACEHOLDER,
    /** A real XML-DSig signature (namespace and parseable certificate): informational, verify with sdk-signature. */
    XMLDSIG
}
