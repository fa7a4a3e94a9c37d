/**
 * Routing any client through an integration platform (LGSP of a province, NDXP nationally): authentication styles
 * ({@link io.github.egovsdk.core.gateway.GatewayAuth}), per-province path maps
 * ({@link io.github.egovsdk.core.gateway.GatewayPaths}) and reply unwrapping
 * ({@link io.github.egovsdk.core.gateway.GatewayReplies}, {@link io.github.egovsdk.core.gateway.SoapEnvelopes}).
 */
package io.github.egovsdk.core.gateway;
