package io.github.egovsdk.vneid.login;

/** Where a {@link VerifiedIdentity} comes from. */
public enum IdentitySource {
    /** The national public-service portal's SSO (OIDC on WSO2, {@code xacthuc.dichvucong.gov.vn}). */
    PORTAL_SSO,
    /** Direct VNeID login ({@code sso.dancuquocgia.gov.vn}). */
    VNEID
}
