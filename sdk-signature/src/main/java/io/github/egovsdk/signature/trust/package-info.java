/**
 * Trust anchors for validation ({@link io.github.egovsdk.signature.trust.TrustAnchors}): certificate files and
 * folders, or the opt-in built-in profiles of Vietnam's two chains — the public one under the Vietnam National Root
 * CA (NEAC) and the government one (RootCA chuyên dùng Chính phủ G2, Ban Cơ yếu Chính phủ) for state agencies.
 */
package io.github.egovsdk.signature.trust;
