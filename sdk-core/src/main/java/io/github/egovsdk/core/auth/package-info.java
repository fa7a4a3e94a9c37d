/**
 * Request authentication for SDK clients, set with a builder's {@code credentials(...)}: the
 * {@link io.github.egovsdk.core.auth.RequestSigner} SPI and its implementations — the document axis' HMAC scheme
 * ({@link io.github.egovsdk.core.auth.VxpHmacSigner}, trục liên thông văn bản), OAuth 2.0 client credentials
 * ({@link io.github.egovsdk.core.auth.OAuth2ClientCredentials}) and a static bearer token
 * ({@link io.github.egovsdk.core.auth.BearerTokenSigner}).
 */
package io.github.egovsdk.core.auth;
