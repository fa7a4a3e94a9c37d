/**
 * PAdES signatures of PDF documents (ETSI EN 319 142-1): {@link io.github.egovsdk.signature.pdf.PadesSigner}, visible
 * signatures ({@link io.github.egovsdk.signature.pdf.VisibleSignature}, the signature/seal image and text),
 * two-phase signing with an external signature value and {@link io.github.egovsdk.signature.pdf.PadesExtender}
 * (B-T to B-LT).
 */
package io.github.egovsdk.signature.pdf;
