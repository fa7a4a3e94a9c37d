/**
 * Remote signing (ký số từ xa): the user's key stays with a trust service and each signature is confirmed in the
 * user's app — the {@link io.github.egovsdk.signature.remote.RemoteSigner} SPI with adapters for VNPT SmartCA
 * ({@link io.github.egovsdk.signature.remote.SmartCaRemoteSigner}) and the Cloud Signature Consortium API
 * ({@link io.github.egovsdk.signature.remote.CscRemoteSigner}, e.g. Viettel MySign); the user's approval is awaited
 * as a {@link io.github.egovsdk.signature.remote.PendingSignature}.
 */
package io.github.egovsdk.signature.remote;
