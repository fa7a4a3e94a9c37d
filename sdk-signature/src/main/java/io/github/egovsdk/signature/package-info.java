/**
 * Digital signatures (chữ ký số) for Vietnamese e-government: PAdES for PDF ({@code pdf}), XAdES and XML-DSig for XML
 * and edXML ({@code xml}), CAdES for any file ({@code cms}), at the ETSI baseline levels
 * {@link io.github.egovsdk.signature.SignatureLevel} B, T and LT; keys from PKCS#12, PKCS#11 tokens or remote signing
 * services ({@code keys}, {@code remote}); time stamps ({@code tsa}); revocation checks ({@code revocation}); trust
 * anchors for Vietnam's certificate chains — chứng thư số ({@code trust}); and verification with ETSI indications
 * ({@code verify}, entry point {@link io.github.egovsdk.signature.verify.SignatureValidator}).
 */
package io.github.egovsdk.signature;
