/**
 * RFC 3161 time stamps (dấu thời gian) for B-T signatures: {@link io.github.egovsdk.signature.tsa.TsaClient} over the
 * SDK's HTTP pipeline.
 */
package io.github.egovsdk.signature.tsa;
