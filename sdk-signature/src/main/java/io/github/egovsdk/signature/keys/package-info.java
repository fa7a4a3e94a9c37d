/**
 * Signing keys with their certificate chain (chứng thư số): {@link io.github.egovsdk.signature.keys.SigningKey} and
 * the factories in {@link io.github.egovsdk.signature.keys.SigningKeys} — PKCS#12 files, PKCS#11 tokens (USB token),
 * key pairs in memory. Every signer takes a {@code SigningKey}, so the private key may stay in a token.
 */
package io.github.egovsdk.signature.keys;
