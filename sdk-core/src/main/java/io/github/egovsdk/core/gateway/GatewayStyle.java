package io.github.egovsdk.core.gateway;

/**
 * The authentication styles seen in the field at LGSP / NDXP gateways, by the letters of the public record
 * (OpenCPS QLCD and PR 2622, OpenCPS LGSP clients, the HCM ESB client, the Đồng Tháp client, an NDXP X-Road-style
 * client, the Thanh Hóa adapter, a static/dynamic bearer setting). {@link GatewayAuth} builds each.
 */
public enum GatewayStyle {
    /** {@code lgspaccesstoken} base64-JSON keys + OAuth2 client credentials (VNPT LGSP; Hậu Giang). */
    A_LGSP_ACCESS_TOKEN,
    /** A plus the officer's {@code AuthHash}. */
    A_PRIME_LGSP_AUTH_HASH,
    /** OAuth2 client credentials at {@code /token}, id and secret in the form (WSO2-style). */
    B_CLIENT_CREDENTIALS,
    /** {@code Authorization} = base64 JSON keys (HCM ESB). */
    C_BASE64_JSON_AUTHORIZATION,
    /** {@code Auth} = base64(base64(user):base64(pass)) token call (Đồng Tháp). */
    D_AUTH_HEADER_TOKEN,
    /** NDXP / X-Road-style signed headers. */
    E_XROAD_HEADERS,
    /** The provincial adapter holds the credentials (Thanh Hóa JSON adapter). */
    F_ADAPTER,
    /** Static or dynamic bearer token. */
    G_BEARER
}
