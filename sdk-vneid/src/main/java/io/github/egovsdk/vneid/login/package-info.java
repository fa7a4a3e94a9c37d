/**
 * Citizen login: {@link io.github.egovsdk.vneid.login.PortalSsoClient} (national public-service portal SSO, OIDC with
 * state, nonce, PKCE and a verified ID token) and {@link io.github.egovsdk.vneid.login.VneidLoginClient} (direct
 * VNeID with its quirks: encrypted code, {@code {data,key}} bodies, user info instead of an ID token). Both give a
 * {@link io.github.egovsdk.vneid.login.VerifiedIdentity} with the account level (mức 1 / mức 2). Codes, tokens,
 * secrets and personal data are never logged; identities print masked.
 */
package io.github.egovsdk.vneid.login;
