/**
 * CAdES signatures (ETSI EN 319 122-1) of any file, detached ({@code .p7s}) or enveloping ({@code .p7m}):
 * {@link io.github.egovsdk.signature.cms.CadesSigner} and {@link io.github.egovsdk.signature.cms.CadesExtender}
 * (B-T to B-LT).
 */
package io.github.egovsdk.signature.cms;
