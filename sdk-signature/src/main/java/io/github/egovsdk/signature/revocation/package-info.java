/**
 * Revocation status of certificates: the {@link io.github.egovsdk.signature.revocation.RevocationSource} SPI with OCSP
 * (RFC 6960, {@link io.github.egovsdk.signature.revocation.OcspRevocationSource}) and CRL (RFC 5280,
 * {@link io.github.egovsdk.signature.revocation.CrlRevocationSource}) sources over the SDK's HTTP pipeline, combined by
 * {@link io.github.egovsdk.signature.revocation.CompositeRevocationSource}; used by validation and by B-LT signing.
 */
package io.github.egovsdk.signature.revocation;
