/**
 * The signing vocabulary shared by PAdES, XAdES and CAdES: {@link io.github.egovsdk.signature.sign.DocumentSigner}
 * (one-step {@code sign}, or two-phase — ký hai bước — {@code prepare} then {@code complete}, the key never
 * leaving its holder), {@link io.github.egovsdk.signature.sign.PreparedSignature} (phase 1's state, serialisable
 * with {@code toBytes}/{@code fromBytes}), {@link io.github.egovsdk.signature.sign.SignOptions} and
 * {@link io.github.egovsdk.signature.sign.Packaging} (enveloped, enveloping, detached), and
 * {@link io.github.egovsdk.signature.sign.SignerBuilder} with its resolved
 * {@link io.github.egovsdk.signature.sign.SignerSettings}.
 */
package io.github.egovsdk.signature.sign;
